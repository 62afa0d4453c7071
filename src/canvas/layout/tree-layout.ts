import type { ShownForest } from './shown-forest';

/** Clear space between two boxes in one column. */
export const TREE_ROW_GAP = 14;
/**
 * Clear space between the widest boxes of two neighbouring columns. Measured on the Taigu graph fully open: at
 * 72 px, 63 part-of edges ran under another node's box on their way to a child; at 120 px, 45.
 */
export const TREE_COLUMN_GAP = 120;
/**
 * A run of more than this many consecutive leaves in a family goes in several columns of at most this many
 * (see `treeLayout`): a family reads left to right in pairs, and the picture gets wide rather than tall, as
 * screens and posters are. Packing the longest run also in families that hold branches took Taigu fully open
 * from 7,760 to 7,272 px tall. Measured on Taigu (column gap 120 px), rows of 2 / 5 / unpacked: the
 * start view 1,929 × 1,214 / 1,070 × 2,346 / 790 × 3,652 px, fitting 1920×1080 (less the outline) at zoom
 * 0.76 / 0.39 / 0.25; fully open 1,876 × 9,787 / 1,601 × 12,474 / 1,341 × 13,752.
 */
export const TREE_PACK_ROWS = 2;
/** A packed parent's edge may not pass nearer than this to the centre of a leaf it does not lead to. */
const CLEAR_OF_CENTRE = 1;

/**
 * The outline of a branch, one vertical extent per column from the branch's own column rightwards, relative
 * to its root. Stored deepest column first so that adding a parent is a push; values are `lo[i] + shift`.
 */
interface Contour {
  lo: number[];
  hi: number[];
  shift: number;
}

/**
 * The run of a parent's children packed in several columns: its longest run of consecutive leaves, when that
 * is longer than `packRows`, and how many rows it gets. One run only: the parent sits beside it, and edges to
 * a second block's far columns would cross the branches between the two.
 */
interface Packed {
  start: number;
  end: number;
  rows: number;
}

const packing = (forest: ShownForest, v: number, packRows: number): Packed | undefined => {
  const kids = forest.children[v]!;
  let best: Packed | undefined;
  for (let i = 0; i < kids.length;) {
    let j = i;
    while (j < kids.length && !forest.children[kids[j]!]!.length) j++;
    const run = j - i;
    if (run > packRows && run > (best ? best.end - best.start : 0))
      best = { start: i, end: j, rows: Math.ceil(run / Math.ceil(run / packRows)) };
    i = Math.max(j, i + 1);
  }
  return best;
};

/**
 * A tidy left-to-right tree (a mind map): the plan's root at (0, 0), each level a column, each parent centred
 * beside its children, which stack top to bottom in sibling order. Branches are packed as tightly as their
 * boxes allow, column by column (Reingold–Tilford contours, merged small into large: linear in the nodes).
 * A family's longest run of more than `packRows` consecutive leaves goes in several columns of equal length
 * (column by column, in order) beside and after the family's; the block counts as the parent's outline in each
 * column it takes, so no other branch's edge enters it, and the parent sits beside the block where none of its
 * edges runs through the centre of another of its leaves, its other children stacked above and below in order. Other roots stack below the plan. Columns are as wide as their widest
 * box, so a column's place depends only on the columns left of it. Every part-of edge points rightward and no
 * two cross. Returns x0, y0, x1, y1, … by node index.
 */
export function treeLayout(forest: ShownForest, packRows = TREE_PACK_ROWS): Float64Array {
  const n = forest.ids.length;
  const { children, height: h } = forest;
  const packed: (Packed | undefined)[] = new Array(n);
  const column = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const pack = (packed[v] = packing(forest, v, packRows));
    children[v]!.forEach((c, i) => {
      const inBlock = pack && i >= pack.start && i < pack.end;
      column[c] = column[v]! + 1 + (inBlock ? Math.floor((i - pack.start) / pack.rows) : 0);
    });
  }
  const x = columnPlaces(forest, column);
  const relY = new Float64Array(n);
  const contours: (Contour | undefined)[] = new Array(n);
  // Children have higher indices than their parent: walking backwards sees every branch before its root.
  for (let v = n - 1; v >= 0; v--) {
    const kids = children[v]!;
    const own = h[v]! / 2;
    if (!kids.length) {
      contours[v] = { lo: [-own], hi: [own], shift: 0 };
      continue;
    }
    const pack = packed[v];
    // The items stacked beside v: each child's branch, with the packed run as one block.
    const items: number[][] = [];
    kids.forEach((c, i) => {
      if (pack && i > pack.start && i < pack.end) items[items.length - 1]!.push(c);
      else items.push([c]);
    });
    const blockItem = pack ? items.findIndex((it) => it[0] === kids[pack.start]) : -1;
    const reach = (c: number) => x[column[c]!]! - x[column[v]!]!;
    const { contour, at } = stack(
      items.map((it, k) =>
        k === blockItem ? packLeaves(forest, it, pack!.rows, reach, relY) : contours[it[0]!]!,
      ),
    );
    kids.forEach((c) => (contours[c] = undefined));
    // v sits beside its packed block, where none of its edges runs through a leaf; otherwise mid-family.
    const mid = blockItem >= 0 ? at[blockItem]! : (at[0]! + at[items.length - 1]!) / 2;
    items.forEach((it, k) => {
      if (k === blockItem) it.forEach((c) => (relY[c] = relY[c]! + at[k]! - mid));
      else relY[it[0]!] = at[k]! - mid;
    });
    contour.shift -= mid;
    contour.lo.push(-own - contour.shift);
    contour.hi.push(own - contour.shift);
    contours[v] = contour;
  }

  const { at: rootAt } = stack(forest.roots.map((r) => contours[r]!));
  const y = new Float64Array(n);
  forest.roots.forEach((r, i) => (y[r] = rootAt[i]! - rootAt[0]!));
  const out = new Float64Array(2 * n);
  for (let v = 0; v < n; v++) {
    const p = forest.parent[v]!;
    if (p >= 0) y[v] = y[p]! + relY[v]!;
    out[2 * v] = x[column[v]!]!;
    out[2 * v + 1] = y[v]!;
  }
  return out;
}

/**
 * Places branch outlines top to bottom, each as high as it can go without coming closer than the row gap to
 * the ones above in any column. Returns the merged outline (in the first branch's frame; it reuses the inputs'
 * arrays) and where each branch's root went.
 */
function stack(parts: Contour[]): { contour: Contour; at: number[] } {
  let acc = parts[0]!;
  const at = [0];
  for (let i = 1; i < parts.length; i++) {
    const ch = parts[i]!;
    const [la, lc] = [acc.lo.length, ch.lo.length];
    let y = -Infinity;
    for (let t = 0; t < Math.min(la, lc); t++)
      y = Math.max(y, acc.hi[la - 1 - t]! + acc.shift - (ch.lo[lc - 1 - t]! + ch.shift));
    y += TREE_ROW_GAP;
    at.push(y);
    if (la >= lc) {
      for (let t = 0; t < lc; t++) acc.hi[la - 1 - t] = ch.hi[lc - 1 - t]! + ch.shift + y - acc.shift;
    } else {
      const shift = ch.shift + y;
      for (let t = 0; t < la; t++) ch.lo[lc - 1 - t] = acc.lo[la - 1 - t]! + acc.shift - shift;
      acc = { lo: ch.lo, hi: ch.hi, shift };
    }
  }
  return { contour: acc, at };
}

/**
 * Leaves `kids` of one parent in columns of `rows`, filled column by column. The parent sits near the block's
 * middle, at the first height from which no edge to a leaf runs through the centre of a leaf in a nearer column
 * (`reach(c)` is how far right of the parent leaf c is). Returns the block's outline, and sets the leaves' `relY`
 * relative to that height.
 */
function packLeaves(
  forest: ShownForest,
  kids: number[],
  rows: number,
  reach: (c: number) => number,
  relY: Float64Array,
): Contour {
  const columns = Math.ceil(kids.length / rows);
  const rowHeight = new Array<number>(rows).fill(0);
  kids.forEach((c, i) => (rowHeight[i % rows] = Math.max(rowHeight[i % rows]!, forest.height[c]!)));
  const centre: number[] = [];
  let top = 0;
  for (const rh of rowHeight) {
    centre.push(top + rh / 2);
    top += rh + TREE_ROW_GAP;
  }
  const total = top - TREE_ROW_GAP;
  const pitch = total / rows;
  const columnReach = Array.from({ length: columns }, (_, m) => reach(kids[m * rows]!));
  /** Whether an edge from height y to some leaf passes within CLEAR_OF_CENTRE of another leaf's centre. */
  const blocked = (y: number) =>
    kids.some((_, i) => {
      const b = Math.floor(i / rows);
      for (let a = 0; a < b; a++) {
        const at = y + ((centre[i % rows]! - y) * columnReach[a]!) / columnReach[b]!;
        const last = Math.min(rows, kids.length - a * rows) - 1;
        if (centre.some((c, r) => r <= last && Math.abs(c - at) < CLEAR_OF_CENTRE)) return true;
      }
      return false;
    });
  // Halfway between rows first, then other fractions of a row, alternately above and below the middle.
  const middle =
    rows % 2 ? centre[(rows - 1) / 2]! + pitch / 2 : (centre[rows / 2 - 1]! + centre[rows / 2]!) / 2;
  let at = middle;
  for (let k = 1; k < 64 && blocked(at); k++) at = middle + (k % 2 ? 1 : -1) * pitch * ((0.382 * k) % 0.5);
  kids.forEach((c, i) => (relY[c] = centre[i % rows]! - at));
  return {
    lo: new Array<number>(columns).fill(-at),
    hi: new Array<number>(columns).fill(total - at),
    shift: 0,
  };
}

/** x of each column: as far right of the previous one as their widest boxes and the column gap need. */
function columnPlaces(forest: ShownForest, column: Int32Array): number[] {
  const widest: number[] = [];
  column.forEach((c, v) => (widest[c] = Math.max(widest[c] ?? 0, forest.width[v]!)));
  const x = [0];
  for (let c = 1; c < widest.length; c++)
    x.push(x[c - 1]! + (widest[c - 1] ?? 0) / 2 + TREE_COLUMN_GAP + (widest[c] ?? 0) / 2);
  return x;
}
