import type { Point } from '../../view/positions';

export interface Box {
  id: string;
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Only these may move; the others (already on screen) stay exactly where they are. */
  movable: boolean;
  /** Where this node would best stay close to (its parent), to choose between equally near free spots. */
  anchor?: Point;
}

/** Clear space kept between two boxes: labels are estimated, and drawn with a halo around them. */
export const BOX_GAP = 10;
const RING_STEP = 12;
const RING_SPOTS = 24;
const MAX_RINGS = 400;

const overlaps = (a: Box, b: Box, gap: number) =>
  Math.abs(a.x - b.x) < (a.width + b.width) / 2 + gap &&
  Math.abs(a.y - b.y) < (a.height + b.height) / 2 + gap;

/**
 * fcose keeps boxes apart with forces, which can leave two of them overlapping by a few pixels or by half a label
 * — and a label under another label cannot be read. This pass takes the movable boxes in the given order (parents
 * first) and leaves each where it is when it is clear of every box placed so far (the fixed ones and the movable
 * ones before it); otherwise it moves it to the nearest clear spot on rings around where fcose put it, the one
 * closest to its anchor among equally near ones. No two boxes overlap afterwards, nothing fixed moves, and the
 * result is plain arithmetic on the input, so it is as deterministic as the input. Returns the boxes that moved.
 */
export function separateBoxes(boxes: readonly Box[], gap = BOX_GAP): Map<string, Point> {
  const placed = boxes.filter((b) => !b.movable);
  const moved = new Map<string, Point>();
  const clear = (b: Box) => placed.every((o) => !overlaps(b, o, gap));
  for (const box of boxes) {
    if (!box.movable) continue;
    let at: Box = box;
    for (let ring = 1; ring <= MAX_RINGS && !clear(at); ring++) {
      let best: Box | undefined;
      let bestScore = Infinity;
      for (let i = 0; i < RING_SPOTS; i++) {
        const angle = (2 * Math.PI * i) / RING_SPOTS;
        const spot = {
          ...box,
          x: box.x + ring * RING_STEP * Math.cos(angle),
          y: box.y + ring * RING_STEP * Math.sin(angle),
        };
        if (!clear(spot)) continue;
        const score = box.anchor ? Math.hypot(spot.x - box.anchor.x, spot.y - box.anchor.y) : i;
        if (score < bestScore) [best, bestScore] = [spot, score];
      }
      if (best) at = best;
    }
    if (at !== box) moved.set(box.id, { x: at.x, y: at.y });
    placed.push(at);
  }
  return moved;
}
