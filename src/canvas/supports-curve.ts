import type { Point } from '../view/positions';

/**
 * How supports edges are drawn, shared by the canvas's stylesheet and the SVG export so the two cannot drift.
 * Pure: no cytoscape.
 *
 * A supports edge is one quadratic Bézier curve from its source to its target. Its control point lies off the
 * middle of the straight line between the two node centres, to the left of the way the edge points, by a fixed
 * fraction of that line's length: the curve keeps its shape at any zoom and two edges between the same pair of
 * nodes in opposite directions bow apart instead of covering each other.
 */
export const SUPPORTS_BOW = 0.2;

export interface SupportsCurve {
  /** The control point of the quadratic Bézier curve. */
  control: Point;
  /**
   * The signed distance of the control point from the line's middle, along the line's left-hand normal
   * (cytoscape's `control-point-distances` with `edge-distances: node-position`).
   */
  distance: number;
  /** Where along the line the control point is raised (cytoscape's `control-point-weights`): its middle. */
  weight: number;
}

/** The curve of a supports edge from the node centred at `a` to the node centred at `b`. */
export function supportsCurve(a: Point, b: Point): SupportsCurve {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  return {
    control: { x: (a.x + b.x) / 2 - dy * SUPPORTS_BOW, y: (a.y + b.y) / 2 + dx * SUPPORTS_BOW },
    distance: length * SUPPORTS_BOW,
    weight: 0.5,
  };
}

/**
 * The point `trim` away from `from` towards `toward` (where a curve leaves a node's shape, taken as a circle of
 * the node's size).
 */
export function towards(from: Point, toward: Point, trim: number): Point {
  const d = Math.hypot(toward.x - from.x, toward.y - from.y) || 1;
  return { x: from.x + ((toward.x - from.x) * trim) / d, y: from.y + ((toward.y - from.y) * trim) / d };
}

/** Quiet: thin, faint, no arrow (nothing selected, or another node's). Strong: the selection's, or all when asked. */
export const SUPPORTS_LOOK = {
  quiet: { width: 1.2, opacity: 0.4, dash: [5, 4] as const, arrow: false },
  strong: { width: 2.4, opacity: 1, dash: [7, 4] as const, arrow: true },
  /** Outside the selection's neighbourhood, while one is selected. */
  dimmed: { opacity: 0.1 },
  arrowScale: 1.1,
} as const;

/** Length (and width) of a supports edge's triangle arrow at a line width, as cytoscape draws it. */
export const supportsArrowSize = (width: number): number =>
  0.3 * Math.max(Math.pow(width * 13.37, 0.9), 29) * SUPPORTS_LOOK.arrowScale;
