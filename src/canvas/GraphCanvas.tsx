import { useEffect, useRef } from 'react';
import { useApp } from '../store/app-store';
import { useT } from '../i18n/use-t';
import { CanvasController } from './canvas-controller';

declare global {
  interface Window {
    /** Read-only probe for browser tests and benchmarks: positions in graph coordinates. */
    __taiguCanvas?: { positions(): Record<string, { x: number; y: number }> };
  }
}

export function GraphCanvas() {
  const ref = useRef<HTMLDivElement>(null);
  const t = useT();
  useEffect(() => {
    const controller = new CanvasController(ref.current!, useApp);
    window.__taiguCanvas = { positions: () => controller.positions() };
    return () => {
      delete window.__taiguCanvas;
      controller.destroy();
    };
  }, []);
  return (
    <div
      ref={ref}
      className="graph-canvas"
      role="img"
      aria-label={t('canvas.label')}
      data-testid="graph-canvas"
    />
  );
}
