import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE, generateGraph } from '../bench/lib/generate-graph';
import { buildModel } from '../src/domain/graph-model';
import type { GraphFile } from '../src/domain/schema';
import { clusterLayout, hilbertCell } from '../src/canvas/layout/cluster-layout';
import { LARGE_STEP, LayoutEngine } from '../src/canvas/layout/layout-engine';
import { LayoutClient } from '../src/canvas/layout/layout-client';
import { layoutBox } from '../src/canvas/node-metrics';
import { wantsFar, LOD_MIN_NODES, LOD_ZOOM } from '../src/canvas/level-of-detail';
import { expandedAfter, shownNodes } from '../src/view/view-ops';
import { taiguModel } from './helpers/load';

const big = buildModel(generateGraph({ ...DEFAULT_SHAPE, nodes: 3000 }).graph as GraphFile);

/** Pairs of node boxes (shape + label) that overlap, found through a coarse grid. */
function overlaps(model: typeof big, positions: Map<string, { x: number; y: number }>): number {
  const cell = 400;
  const grid = new Map<string, string[]>();
  const boxOf = (id: string) => {
    const p = positions.get(id)!;
    const b = layoutBox(model.nodes.get(id)!, model.level.get(id)!);
    return { x1: p.x - b.width / 2, x2: p.x + b.width / 2, y1: p.y - b.height / 2, y2: p.y + b.height / 2 };
  };
  let count = 0;
  for (const id of positions.keys()) {
    const a = boxOf(id);
    const keys = new Set<string>();
    for (const x of [a.x1, a.x2])
      for (const y of [a.y1, a.y2]) keys.add(`${Math.floor(x / cell)},${Math.floor(y / cell)}`);
    const seen = new Set<string>();
    for (const k of keys)
      for (const other of grid.get(k) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const b = boxOf(other);
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) count++;
      }
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), id]);
  }
  return count;
}

describe('cluster layout (large steps)', () => {
  const shown = shownNodes(big, expandedAfter(big, [{ op: 'all' }]));

  it('places every node of a 3,000-node graph with no two boxes overlapping', () => {
    const p = clusterLayout(big, shown, { x: 0, y: 0 });
    expect(p.size).toBe(3000);
    expect(overlaps(big, p)).toBe(0);
  });

  it("keeps the picture compact: the bounding box is within a few times the nodes' own area", () => {
    const p = clusterLayout(big, shown, { x: 0, y: 0 });
    const xs = [...p.values()].map((q) => q.x);
    const ys = [...p.values()].map((q) => q.y);
    const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    const own = shown.reduce((sum, id) => {
      const b = layoutBox(big.nodes.get(id)!, big.level.get(id)!);
      return sum + b.width * b.height;
    }, 0);
    expect(area / own).toBeLessThan(12);
  });

  it('walks a Hilbert curve: every cell once, each step to a neighbouring cell', () => {
    const seen = new Set<string>();
    let prev = hilbertCell(16, 0);
    for (let d = 0; d < 256; d++) {
      const [x, y] = hilbertCell(16, d);
      seen.add(`${x},${y}`);
      if (d) expect(Math.abs(x - prev[0]) + Math.abs(y - prev[1])).toBe(1);
      prev = [x, y];
    }
    expect(seen.size).toBe(256);
  });

  it('puts the first root where it is asked to and children around their parent', () => {
    const p = clusterLayout(big, shown, { x: 120, y: -40 });
    expect(p.get(big.roots[0]!)).toEqual({ x: 120, y: -40 });
    const [child] = big.children.get(big.roots[0]!)!;
    expect(p.get(child!)).not.toEqual(p.get(big.roots[0]!));
  });

  it('the engine uses it when more than LARGE_STEP nodes appear at once, and replays to the pixel', () => {
    const engine = new LayoutEngine(big);
    const start = engine.positionsFor([]);
    expect(start.size).toBeLessThan(LARGE_STEP);
    const all = engine.positionsFor([{ op: 'all' }]);
    expect(all.size).toBe(3000);
    expect(overlaps(big, all)).toBe(0);
    const again = new LayoutEngine(big).positionsFor([{ op: 'all' }]);
    for (const [id, q] of all) expect(again.get(id)).toEqual(q);
    engine.destroy();
  }, 60_000);
});

describe('layout client (no worker here: the engine runs inline)', () => {
  const model = taiguModel();

  it('answers the start view at once from shipped positions, and other logs like the engine', async () => {
    const engine = new LayoutEngine(model);
    const start = engine.positionsFor([]);
    const client = new LayoutClient(model, start);
    const now = client.positionsFor([]);
    expect(now).not.toBeInstanceOf(Promise);
    expect((now as Map<string, unknown>).size).toBe(start.size);
    const ops = [{ op: 'expand' as const, id: 'goal-agri-hi-tech-zone' }];
    const later = await client.positionsFor(ops);
    const direct = new LayoutEngine(model, start).positionsFor(ops);
    expect([...later.entries()]).toEqual([...direct.entries()]);
    client.destroy();
    engine.destroy();
  });
});

describe('level of detail', () => {
  it('drops detail only on large graphs, only zoomed out, with hysteresis', () => {
    expect(wantsFar(LOD_MIN_NODES - 1, 0.1, false)).toBe(false);
    expect(wantsFar(5000, 0.1, false)).toBe(true);
    expect(wantsFar(5000, 1, true)).toBe(false);
    // Resting on the threshold keeps whatever is shown.
    expect(wantsFar(5000, LOD_ZOOM, false)).toBe(false);
    expect(wantsFar(5000, LOD_ZOOM, true)).toBe(true);
  });
});
