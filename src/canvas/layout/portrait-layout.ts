import type { GraphModel } from '../../domain/graph-model';
import { PORTRAIT_INDENT, PORTRAIT_ROOT_GAP, PORTRAIT_ROW_GAP, portraitBox } from '../portrait-metrics';
import type { ShownForest } from './shown-forest';

/**
 * The portrait tree: the shown forest top-down as an indented list, one node a row in depth-first sibling order,
 * each child one indent right of its parent, labels beside the shapes (portrait-metrics.ts). Every part-of edge
 * runs down its parent's column and right into the child, so none crosses another or a node. Other roots follow
 * the plan. Returns the shapes' centres x0, y0, x1, y1, … by node index, the plan's root at (0, 0).
 */
export function portraitLayout(forest: ShownForest, model: GraphModel): Float64Array {
  const n = forest.ids.length;
  const xy = new Float64Array(2 * n);
  let top = 0;
  let rootY = 0;
  for (let i = 0; i < n; i++) {
    const id = forest.ids[i]!;
    const box = portraitBox(model.nodes.get(id)!, model.level.get(id)!);
    if (forest.parent[i]! < 0 && i > 0) top += PORTRAIT_ROOT_GAP;
    xy[2 * i] = forest.depth[i]! * PORTRAIT_INDENT;
    xy[2 * i + 1] = top + box.height / 2;
    if (i === 0) rootY = xy[1]!;
    top += box.height + PORTRAIT_ROW_GAP;
  }
  for (let i = 0; i < n; i++) xy[2 * i + 1] = xy[2 * i + 1]! - rootY;
  return xy;
}
