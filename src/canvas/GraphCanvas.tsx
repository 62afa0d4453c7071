import { useEffect, useRef } from 'react';
import { useApp } from '../store/app-store';
import { useT } from '../i18n/use-t';
import { CanvasController } from './canvas-controller';
import { registerLiveView } from './export/live-view';
import type { LabelProbe } from './canvas-probes';

declare global {
  interface Window {
    /** Probe for browser tests and benchmarks: canvas positions (graph coordinates) and the store. */
    __taiguCanvas?: {
      positions(): Record<string, { x: number; y: number }>;
      renderedPositions(): Record<string, { x: number; y: number; labelY: number }>;
      labelSizes(): Record<string, LabelProbe>;
      viewport(): { zoom: number; pan: { x: number; y: number } };
      detail(): 'full' | 'far';
      renderer(): 'canvas' | 'webgl';
    };
    __taigu?: { store: typeof useApp };
  }
}

/** Read when the page loads: the URL is rewritten to the view's own state before the canvas mounts. */
const WEBGL =
  typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('renderer') === 'webgl';

export function GraphCanvas() {
  const ref = useRef<HTMLDivElement>(null);
  const t = useT();
  useEffect(() => {
    const controller = new CanvasController(ref.current!, useApp, { webgl: WEBGL });
    window.__taiguCanvas = controller.probes();
    // Exports of the current view read the camera and the canvas size here.
    const el = ref.current!;
    registerLiveView(() => ({ ...controller.viewport(), width: el.clientWidth, height: el.clientHeight }));
    const fontsArrived = () => controller.fontsArrived();
    document.fonts?.addEventListener('loadingdone', fontsArrived);
    return () => {
      document.fonts?.removeEventListener('loadingdone', fontsArrived);
      registerLiveView(undefined);
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
