import { TREE_BUS } from '../tree-edges';
import type { ShownForest } from './shown-forest';
import { arrange, TREE_ROW_GAP, type Block, type Item } from './tree-fold';

/**
 * Between the end of a parent's label and its children's shapes: the edge leaves the label's end, runs right and
 * turns down or up `TREE_BUS` before the child (tree-edges.ts).
 */
export const TREE_COLUMN_GAP = 48;
/** Between two columns of a family's packed leaves: room for the bus before the second, clear of the first's labels. */
const PACK_COLUMN_GAP = 2 * TREE_BUS;
/**
 * A run of more than this many consecutive leaves in a family goes in columns of this many rows, filled column by
 * column. It must be even: the parent sits level with the lane between the middle rows, and its edges to the
 * farther columns run along that lane, between labels, never over one.
 */
export const TREE_PACK_ROWS = 2;
/**
 * A left-to-right tree, like a mind map: the plan's root at (0, 0), each node's label beside its shape, its
 * children's shapes in a column just right of the label's end (each branch only as wide as its own labels), its
 * edges leaving from the label's end and turning into each child (tree-edges.ts).
 *
 * - A family's longest run of more than `packRows` leaves goes in columns of `packRows` rows, beside the family's
 *   column; the parent sits level with the lane between the middle rows, along which its edges reach the farther
 *   columns.
 * - A family whose column would be much taller than the frame (tree-fold.ts) folds into two or three bands side
 *   by side, in order: each band but the last is split above and below the parent's line, which runs on between
 *   them to the next band like a spine; the last band is centred beside the others. The fold is chosen by what
 *   fits the frame largest, so a short family never folds.
 * - Other roots stack below the plan.
 *
 * Every part-of edge points rightward and none crosses another or a node. Positions are the shapes' centres;
 * returns x0, y0, x1, y1, … by node index.
 */
export function treeLayout(forest: ShownForest, packRows = TREE_PACK_ROWS): Float64Array {
  const n = forest.ids.length;
  const { children, shape, gap, labelWidth, labelLines } = forest;
  const half = (v: number) => Math.max(shape[v]!, labelLines[v]!) / 2;
  const reach = (v: number) => shape[v]! / 2 + gap[v]! + labelWidth[v]!;
  const relX = new Float64Array(n);
  const relY = new Float64Array(n);
  const blocks: Block[] = new Array(n);
  // Children have higher indices than their parent: walking backwards sees every branch before its root.
  for (let v = n - 1; v >= 0; v--) {
    const own = { top: -half(v), bottom: half(v), right: reach(v) };
    if (!children[v]!.length) {
      blocks[v] = own;
      continue;
    }
    const items = familyItems(forest, v, packRows, blocks, relX, relY);
    const best = arrange(items);
    const x0 = reach(v) + TREE_COLUMN_GAP;
    items.forEach((it, k) => it.place(x0 + best.x[k]!, best.y[k]!));
    blocks[v] = {
      top: Math.min(own.top, best.top),
      bottom: Math.max(own.bottom, best.bottom),
      right: Math.max(own.right, x0 + best.right),
    };
  }
  const out = new Float64Array(2 * n);
  let y = 0;
  forest.roots.forEach((r, k) => {
    if (k) y += blocks[forest.roots[k - 1]!]!.bottom + 3 * TREE_ROW_GAP - blocks[r]!.top;
    out[2 * r + 1] = y;
  });
  for (let v = 0; v < n; v++) {
    const p = forest.parent[v]!;
    if (p < 0) continue;
    out[2 * v] = out[2 * p]! + relX[v]!;
    out[2 * v + 1] = out[2 * p + 1]! + relY[v]!;
  }
  return out;
}

/** The items a family stacks, in sibling order: each branch, with its longest long run of leaves as one block. */
function familyItems(
  forest: ShownForest,
  v: number,
  packRows: number,
  blocks: Block[],
  relX: Float64Array,
  relY: Float64Array,
): Item[] {
  const kids = forest.children[v]!;
  const run = longestLeafRun(forest, kids, packRows);
  const items: Item[] = [];
  for (let i = 0; i < kids.length; i++) {
    if (run && i === run.start) {
      items.push(packLeaves(forest, kids.slice(run.start, run.end), packRows, relX, relY));
      i = run.end - 1;
      continue;
    }
    const c = kids[i]!;
    const b = blocks[c]!;
    const left = forest.shape[c]! / 2;
    items.push({
      top: b.top,
      bottom: b.bottom,
      right: left + b.right,
      packed: false,
      place: (x, y) => {
        relX[c] = x + left;
        relY[c] = y;
      },
    });
  }
  return items;
}

function longestLeafRun(forest: ShownForest, kids: number[], packRows: number) {
  let best: { start: number; end: number } | undefined;
  for (let i = 0; i < kids.length;) {
    let j = i;
    while (j < kids.length && !forest.children[kids[j]!]!.length) j++;
    if (j - i > packRows && j - i > (best ? best.end - best.start : 0)) best = { start: i, end: j };
    i = Math.max(j, i + 1);
  }
  return best;
}

/**
 * Leaves in columns of `rows` rows, filled column by column, each column as wide as its widest label. The anchor
 * is the lane between the middle rows.
 */
function packLeaves(
  forest: ShownForest,
  leaves: number[],
  rows: number,
  relX: Float64Array,
  relY: Float64Array,
): Item {
  const half = (c: number) => Math.max(forest.shape[c]!, forest.labelLines[c]!) / 2;
  const columns = Math.ceil(leaves.length / rows);
  const rowHeight = new Array<number>(rows).fill(0);
  const columnWidth = new Array<number>(columns).fill(0);
  leaves.forEach((c, i) => {
    rowHeight[i % rows] = Math.max(rowHeight[i % rows]!, 2 * half(c));
    const w = forest.shape[c]! + forest.gap[c]! + forest.labelWidth[c]!;
    columnWidth[Math.floor(i / rows)] = Math.max(columnWidth[Math.floor(i / rows)]!, w);
  });
  const centre: number[] = [];
  let top = 0;
  for (const h of rowHeight) {
    centre.push(top + h / 2);
    top += h + TREE_ROW_GAP;
  }
  const lane = (centre[rows / 2 - 1]! + centre[rows / 2]!) / 2;
  const left: number[] = [];
  let x = 0;
  for (const w of columnWidth) {
    left.push(x);
    x += w + PACK_COLUMN_GAP;
  }
  return {
    top: -lane,
    bottom: top - TREE_ROW_GAP - lane,
    right: x - PACK_COLUMN_GAP,
    packed: true,
    place: (x0, y0) =>
      leaves.forEach((c, i) => {
        relX[c] = x0 + left[Math.floor(i / rows)]! + forest.shape[c]! / 2;
        relY[c] = y0 + centre[i % rows]! - lane;
      }),
  };
}
