import { describe, expect, it } from 'vitest';
import { BOX_GAP, separateBoxes, type Box } from '../src/canvas/layout/separate';

const box = (id: string, x: number, y: number, movable: boolean, w = 100, h = 40): Box => ({
  id,
  x,
  y,
  width: w,
  height: h,
  movable,
});

const clearOf = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) >= (a.width + b.width) / 2 + BOX_GAP ||
  Math.abs(a.y - b.y) >= (a.height + b.height) / 2 + BOX_GAP;

function apply(boxes: Box[]): Box[] {
  const moved = separateBoxes(boxes);
  return boxes.map((b) => ({ ...b, ...(moved.get(b.id) ?? {}) }));
}

describe('separating overlapping boxes', () => {
  it('leaves boxes that are clear of each other where they are', () => {
    expect(separateBoxes([box('a', 0, 0, true), box('b', 300, 0, true)]).size).toBe(0);
  });

  it('moves a new box off a fixed one, and never the fixed one', () => {
    const out = apply([box('fixed', 0, 0, false), box('new', 20, 5, true)]);
    expect(out[0]).toMatchObject({ x: 0, y: 0 });
    expect(clearOf(out[0]!, out[1]!)).toBe(true);
    // To the nearest clear spot: not much further than the overlap.
    expect(Math.hypot(out[1]!.x - 20, out[1]!.y - 5)).toBeLessThan(80);
  });

  it('clears a crowd of new boxes dropped on one spot, deterministically', () => {
    const crowd = [
      box('parent', 0, 0, false),
      ...Array.from({ length: 12 }, (_, i) => box(`c${i}`, i, i, true)),
    ];
    const out = apply(crowd);
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) expect(clearOf(out[i]!, out[j]!), `${i}/${j}`).toBe(true);
    expect(apply(crowd)).toEqual(out);
  });

  it('prefers the spot nearest the anchor (the parent) among equally near ones', () => {
    const [, moved] = apply([
      box('fixed', 0, 0, false),
      { ...box('new', 0, 0, true), anchor: { x: 0, y: -500 } },
    ]);
    expect(moved!.y).toBeLessThan(0);
    expect(Math.abs(moved!.x)).toBeLessThan(1e-6);
  });
});
