import type { Core, NodeSingular } from 'cytoscape';
import type { useApp } from '../store/app-store';
import type { Point } from './layout/positions';

export interface CanvasEventHooks {
  /** Zooming has paused: the level of detail may change. */
  zoomPaused(): void;
  /** The camera now. */
  viewport(): { zoom: number; pan: Point };
}

/** Binds the canvas's input once; handlers read the store at call time. */
export function bindCanvasEvents(cy: Core, store: typeof useApp, hooks: CanvasEventHooks): void {
  cy.on('tap', 'node', (e) => {
    const node = e.target as NodeSingular;
    // The shape carries the "+N" / "−" badge; the label beneath it only selects.
    const p = node.position();
    const half = node.width() / 2 + 2;
    const onBadge = Math.abs(e.position.x - p.x) <= half && Math.abs(e.position.y - p.y) <= half;
    store.getState().tapNode(node.id(), onBadge);
  });
  cy.on('tap', (e) => {
    if (e.target === cy) store.getState().select(null);
  });
  // Report the camera after the reader stops moving it, not on every frame.
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Switching the level of detail restyles every element: done when zooming pauses, never mid-gesture.
  let detailTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on('zoom', () => {
    clearTimeout(detailTimer);
    detailTimer = setTimeout(() => hooks.zoomPaused(), 200);
  });
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(() => store.getState().reportViewport(hooks.viewport()), 250);
  });
}
