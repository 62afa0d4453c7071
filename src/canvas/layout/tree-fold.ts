/** Clear space between two boxes stacked in one column. */
export const TREE_ROW_GAP = 8;

/** Between the bands of a folded family (see `treeLayout`). */
const BAND_GAP = 80;
/**
 * The proportions a family's block is made for when it chooses whether to fold: the canvas of a 16:9 screen
 * beside the outline (1,640 × 960 px at 1920×1080).
 */
const FRAME_ASPECT = 1640 / 960;
/** Folding costs the reader a turn of the eye: it must make the block at least this much larger when fitted. */
const FOLD_GAIN = 1.05;
/** Families with more children than this stay in one band: trying every fold is quartic in the children. */
const FOLD_MAX_CHILDREN = 16;

/** A branch's extent around its root's centre: above, below, and how far right it reaches. */
export interface Block {
  top: number;
  bottom: number;
  right: number;
}

/** One thing a family stacks: a child's branch, or its run of packed leaves. Extents from its own anchor. */
export interface Item extends Block {
  /** Sets the children's places for the item's anchor at (x, y) from the parent, x its column's left edge. */
  place: (x: number, y: number) => void;
  /** A packed block, which must stay level with its parent's lane. */
  packed: boolean;
}

/** Where a family's items go: each item's column left edge and anchor height, and the family's block. */
interface Arrangement extends Block {
  x: number[];
  y: number[];
}

/** Items stacked top down from `y0`: each anchor's height. */
export function stackDown(items: readonly Item[], from: number, to: number, y0: number): number[] {
  const ys: number[] = [];
  let y = y0;
  for (let k = from; k < to; k++) {
    if (k > from) y += items[k - 1]!.bottom + TREE_ROW_GAP - items[k]!.top;
    ys.push(y);
  }
  return ys;
}

/**
 * The family's items in one band (the parent level with its packed block, or midway between its first and last
 * child), or folded into two or three bands when that fits the frame at least FOLD_GAIN larger.
 */
export function arrange(items: readonly Item[]): Arrangement {
  const k = items.length;
  const packed = items.findIndex((it) => it.packed);
  const ys = stackDown(items, 0, k, 0);
  const mid = packed >= 0 ? ys[packed]! : (ys[0]! + ys[k - 1]!) / 2;
  const one = bounds(
    items,
    items.map(() => 0),
    ys.map((y) => y - mid),
  );
  if (packed >= 0 || k < 3 || k > FOLD_MAX_CHILDREN) return one;
  let best = one;
  let bestSize = fitSize(one) / FOLD_GAIN;
  const consider = (bands: number[]) => {
    const a = folded(items, bands);
    const size = fitSize(a);
    if (size < bestSize) [best, bestSize] = [a, size];
  };
  for (let b1 = 1; b1 < k; b1++) {
    consider([b1]);
    for (let b2 = b1 + 1; b2 < k; b2++) consider([b1, b2]);
  }
  return best;
}

/** How tall the frame must be to hold the arrangement. */
const fitSize = (a: Arrangement) => Math.max(a.bottom - a.top, a.right / FRAME_ASPECT);

/**
 * Items in bands that start at the given indices: each band but the last split above and below the parent's line
 * where its taller half is least tall, the last centred beside them.
 */
function folded(items: readonly Item[], starts: readonly number[]): Arrangement {
  const edges = [0, ...starts, items.length];
  const x: number[] = [];
  const y: number[] = [];
  let [left, top, bottom] = [0, 0, 0];
  for (let b = 0; b + 1 < edges.length; b++) {
    const [from, to] = [edges[b]!, edges[b + 1]!];
    const ys = b + 2 === edges.length ? centred(items, from, to, (top + bottom) / 2) : split(items, from, to);
    let right = 0;
    for (let i = from; i < to; i++) {
      x.push(left);
      y.push(ys[i - from]!);
      right = Math.max(right, items[i]!.right);
      top = Math.min(top, ys[i - from]! + items[i]!.top);
      bottom = Math.max(bottom, ys[i - from]! + items[i]!.bottom);
    }
    left += right + BAND_GAP;
  }
  return bounds(items, x, y);
}

/** The items stacked with their middle at `middle`: the last band, whose edges' upright line can reach it anywhere. */
function centred(items: readonly Item[], from: number, to: number, middle: number): number[] {
  const ys = stackDown(items, from, to, 0);
  const top = ys[0]! + items[from]!.top;
  const bottom = ys.at(-1)! + items[to - 1]!.bottom;
  return ys.map((y) => y - (top + bottom) / 2 + middle);
}

/** The items from `from` to `to` above and below the line (clear of it by a row gap), the halves balanced. */
function split(items: readonly Item[], from: number, to: number): number[] {
  let best: number[] = [];
  let bestReach = Infinity;
  for (let s = from; s <= to; s++) {
    const above = stackDown(items, from, s, 0);
    const shift = above.length ? -(above.at(-1)! + items[s - 1]!.bottom) - TREE_ROW_GAP : 0;
    const below = s < to ? stackDown(items, s, to, TREE_ROW_GAP - items[s]!.top) : [];
    const ys = [...above.map((y) => y + shift), ...below];
    const up = s > from ? -(ys[0]! + items[from]!.top) : 0;
    const down = s < to ? ys.at(-1)! + items[to - 1]!.bottom : 0;
    if (Math.max(up, down) < bestReach) [best, bestReach] = [ys, Math.max(up, down)];
  }
  return best;
}

function bounds(items: readonly Item[], x: number[], y: number[]): Arrangement {
  let [top, bottom, right] = [Infinity, -Infinity, 0];
  items.forEach((it, k) => {
    top = Math.min(top, y[k]! + it.top);
    bottom = Math.max(bottom, y[k]! + it.bottom);
    right = Math.max(right, x[k]! + it.right);
  });
  return { x, y, top, bottom, right };
}
