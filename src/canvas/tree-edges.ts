import type { Point } from '../view/positions';

/**
 * How far before a child's shape a part-of edge of the tree turns towards it. Children of one family have their
 * shapes' left edges in line, so their edges share one upright line there, as in an organisation chart.
 */
export const TREE_BUS = 20;

/**
 * The path of a part-of edge in the tree: from the end of the parent's label (`tip`) right along the parent's
 * line, up or down `turn` (TREE_BUS at scale 1) before the child's shape, and into its left side. The canvas draws the same with
 * cytoscape's taxi edges (canvas-style.ts, elements.ts `edgesFromLabelTips`).
 */
export function elbow(tip: Point, child: Point & { size: number }, turn = TREE_BUS): Point[] {
  const left = child.x - child.size / 2;
  const bus = left - turn;
  return [tip, { x: bus, y: tip.y }, { x: bus, y: child.y }, { x: left, y: child.y }];
}
