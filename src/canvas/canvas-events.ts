import type { Core, NodeSingular } from 'cytoscape';
import type { Point } from '../view/positions';
import { bindConnectGesture, type ConnectActions } from './connect-gesture';
import type { Viewport } from '../view/view-state';

/** What the canvas's input asks of the app: the only actions the canvas calls. */
export interface CanvasActions extends ConnectActions {
  tapNode(id: string, onBadge: boolean): void;
  select(id: string | null): void;
  reportViewport(viewport: Viewport): void;
}

export interface CanvasEventHooks {
  /** Zooming has paused: the level of detail may change. */
  zoomPaused(): void;
  /** The camera now. */
  viewport(): { zoom: number; pan: Point };
}

/** Binds the canvas's input once; returns the unbind, which also cancels anything still waiting to run. */
export function bindCanvasEvents(cy: Core, actions: CanvasActions, hooks: CanvasEventHooks): () => void {
  cy.on('tap', 'node', (e) => {
    const node = e.target as NodeSingular;
    // The shape carries the "+N" / "−" badge; the label beneath it only selects.
    const p = node.position();
    const half = node.width() / 2 + 2;
    const onBadge = Math.abs(e.position.x - p.x) <= half && Math.abs(e.position.y - p.y) <= half;
    actions.tapNode(node.id(), onBadge);
  });
  bindConnectGesture(cy, actions);
  cy.on('tap', (e) => {
    if (e.target === cy) actions.select(null);
  });
  // Report the camera after the reader stops moving it, not on every frame.
  let viewportTimer: ReturnType<typeof setTimeout> | undefined;
  // Switching the level of detail restyles every element: done when zooming pauses, never mid-gesture.
  let detailTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on('zoom', () => {
    clearTimeout(detailTimer);
    detailTimer = setTimeout(() => hooks.zoomPaused(), 200);
  });
  cy.on('viewport', () => {
    clearTimeout(viewportTimer);
    viewportTimer = setTimeout(() => actions.reportViewport(hooks.viewport()), 250);
  });
  return () => {
    clearTimeout(viewportTimer);
    clearTimeout(detailTimer);
  };
}
