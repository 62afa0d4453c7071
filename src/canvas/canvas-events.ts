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
    const node = exactlyUnder(cy, e.target as NodeSingular, e.position);
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

/**
 * A finger's tap finds the topmost node within 8 px, which in close rows (the portrait tree) can be the next row's:
 * the node whose shape or label the tap point lies inside wins over it.
 */
function exactlyUnder(cy: Core, hit: NodeSingular, at: Point): NodeSingular {
  const inside = (n: NodeSingular) => {
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return at.x >= b.x1 && at.x <= b.x2 && at.y >= b.y1 && at.y <= b.y2;
  };
  if (inside(hit)) return hit;
  const under = cy.nodes().filter(inside);
  return under.nonempty() ? (under.first() as NodeSingular) : hit;
}
