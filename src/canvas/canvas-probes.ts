import type { Core } from 'cytoscape';
import type { Point } from './layout/positions';

/** Where each node is drawn, in px from the canvas's top-left corner, and the middle of its label. */
export function renderedPositions(cy: Core): Record<string, Point & { labelY: number }> {
  const out: Record<string, Point & { labelY: number }> = {};
  cy.nodes().forEach((n) => {
    const all = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
    const shape = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    out[n.id()] = { ...n.renderedPosition(), labelY: (shape.y2 + all.y2) / 2 };
  });
  return out;
}

/** Node positions in graph coordinates. */
export function nodePositions(cy: Core): Record<string, Point> {
  const out: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    out[n.id()] = { ...n.position() };
  });
  return out;
}
