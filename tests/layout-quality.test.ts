import { describe, expect, it } from 'vitest';
import { layoutQuality, segmentsCross, type Segment } from '../src/canvas/layout/layout-quality';
import { miniModel } from './helpers/load';

const seg = (from: string, to: string, a: [number, number], b: [number, number], partOf = true): Segment => ({
  from,
  to,
  a: { x: a[0], y: a[1] },
  b: { x: b[0], y: b[1] },
  partOf,
});

describe('layout quality', () => {
  it('tells crossing segments from ones that only meet at a shared end', () => {
    expect(segmentsCross(seg('a', 'b', [0, 0], [10, 10]), seg('c', 'd', [0, 10], [10, 0]))).toBe(true);
    expect(segmentsCross(seg('a', 'b', [0, 0], [10, 10]), seg('c', 'd', [20, 0], [30, 10]))).toBe(false);
    expect(segmentsCross(seg('a', 'b', [0, 0], [10, 0]), seg('a', 'c', [0, 0], [0, 10]))).toBe(false);
    // One running along the other from their shared end overlaps it.
    expect(segmentsCross(seg('a', 'b', [0, 0], [10, 0]), seg('a', 'c', [0, 0], [20, 0]))).toBe(true);
    // One passing through the other's end.
    expect(segmentsCross(seg('a', 'b', [0, 0], [10, 0]), seg('c', 'd', [5, 0], [5, 10]))).toBe(true);
  });

  it('counts overlaps, crossings and edge directions of a picture', () => {
    const model = miniModel();
    const [root] = model.roots;
    const kids = model.children.get(root!)!;
    const positions = new Map([[root!, { x: 0, y: 0 }]]);
    kids.forEach((id, i) => positions.set(id, { x: 400, y: (i - (kids.length - 1) / 2) * 300 }));
    const q = layoutQuality(model, positions);
    expect(q.partOfEdges).toBe(kids.length);
    expect(q.rightward).toBe(kids.length);
    expect(q.outward).toBe(kids.length);
    expect(q.partOfCrossings).toBe(0);
    expect(q.boxOverlaps).toBe(0);
    positions.set(kids[0]!, { x: 0, y: 0 });
    const bad = layoutQuality(model, positions);
    expect(bad.boxOverlaps).toBeGreaterThan(0);
    expect(bad.rightward).toBe(kids.length - 1);
  });
});
