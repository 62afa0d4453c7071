import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SHAPE, generateGraph } from '../bench/lib/generate-graph';
import { createLayoutEngine } from '../src/canvas/layout/create-engine';
import { HierarchyEngine } from '../src/canvas/layout/hierarchy-engine';
import { LayoutClient } from '../src/canvas/layout/layout-client';
import { LayoutEngine } from '../src/canvas/layout/layout-engine';
import { boxOverlaps, layoutQuality } from '../src/canvas/layout/layout-quality';
import { forestSource } from '../src/canvas/layout/shown-forest';
import { tidyPositions } from '../src/canvas/layout/tidy-layout';
import { TREE_PACK_ROWS } from '../src/canvas/layout/tree-layout';
import { layoutBox } from '../src/canvas/node-metrics';
import { buildModel } from '../src/domain/graph-model';
import type { Positions } from '../src/view/positions';
import { siblingOrder } from '../src/view/sibling-order';
import { expandedAfter, type ViewOp } from '../src/view/view-ops';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const order = siblingOrder(model, readFileSync('graph-data/taigu-2021/source.txt', 'utf8'));
const source = forestSource(model, 'screen', order);
const all = expandedAfter(model, [{ op: 'all' }]);
const root = model.roots[0]!;
const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
const same = (a: Positions, b: Positions, ids: Iterable<string>) => {
  for (const id of ids) expect(dist(a.get(id)!, b.get(id)!), id).toBeLessThan(1e-6);
};

describe.each(['radial', 'tree'] as const)('%s layout of the Taigu plan', (layout) => {
  it('fully open: no box overlaps another, no part-of edges cross, every one points outward', () => {
    const q = layoutQuality(model, tidyPositions(layout, source, all), 'screen', layout);
    expect(q.nodes).toBe(model.nodes.size);
    expect(q.boxOverlaps).toBe(0);
    expect(q.partOfCrossings).toBe(0);
    expect(layout === 'radial' ? q.outward : q.rightward).toBe(q.partOfEdges);
  });

  it('laid out for the language shown: no overlaps in Chinese or in English, and the Chinese picture is smaller', () => {
    const size = (langs: 'zh' | 'en' | 'both') => {
      const q = layoutQuality(
        model,
        tidyPositions(layout, forestSource(model, 'screen', order, langs), all),
        'screen',
        layout,
        langs,
      );
      expect(q.boxOverlaps, langs).toBe(0);
      expect(q.partOfCrossings, langs).toBe(0);
      return q.width * q.height;
    };
    const [zh, en, both] = [size('zh'), size('en'), size('both')];
    // English labels are the longer ones: a picture for both is the English one.
    expect(zh).toBeLessThan(0.9 * en);
    expect(en).toBeLessThanOrEqual(both);
  });

  it('starts with the root at (0, 0), and closing a branch puts everything back where it was', () => {
    const engine = new HierarchyEngine(model, layout, { siblingOrder: order });
    const start = engine.positionsFor([]);
    expect(start.get(root)).toEqual({ x: 0, y: 0 });
    const open: ViewOp[] = [{ op: 'expand', id: 'goal-agri-hi-tech-zone' }];
    const opened = engine.positionsFor(open);
    expect(dist(opened.get('goal-agri-hi-tech-zone')!, start.get('goal-agri-hi-tech-zone')!)).toBeLessThan(
      1e-6,
    );
    const closed = engine.positionsFor([...open, { op: 'collapse', id: 'goal-agri-hi-tech-zone' }]);
    same(closed, start, start.keys());
  });

  it('is the same for the same log, whichever way it is replayed', () => {
    const ops: ViewOp[] = [
      { op: 'expand', id: 'part-3-measures' },
      { op: 'reveal', id: 'jinzhong-agri-hi-tech-zone' },
      { op: 'depth', level: 2 },
      { op: 'branch', id: 'part-2-strategy' },
    ];
    const stepwise = new HierarchyEngine(model, layout, { siblingOrder: order });
    ops.forEach((_, i) => stepwise.positionsFor(ops.slice(0, i + 1)));
    const a = stepwise.positionsFor(ops);
    const b = new HierarchyEngine(model, layout, { siblingOrder: order }).positionsFor(ops);
    expect([...a]).toEqual([...b]);
  });
});

describe('radial layout', () => {
  it('opening or closing a node moves nothing on its ring or inside it, nor the root', () => {
    const engine = new HierarchyEngine(model, 'radial', { siblingOrder: order });
    const ops: ViewOp[] = [];
    let before = engine.positionsFor(ops);
    for (const id of [
      'principle-culture',
      'goal-agri-hi-tech-zone',
      'context-background',
      'principle-culture',
    ]) {
      const level = model.level.get(id)!;
      ops.push(
        before.has(id) && ops.some((o) => 'id' in o && o.id === id)
          ? { op: 'collapse', id }
          : { op: 'expand', id },
      );
      const now = engine.positionsFor(ops);
      // Opening the background root (a group of its own beside the plan) makes its group larger: the group's
      // root stays, and the plan's disc moves aside along the line between them.
      if (rootOf(id) === root) expect(dist(now.get(root)!, before.get(root)!)).toBeLessThan(1e-6);
      const main = (n: string) => model.level.get(n)! <= level && rootOf(n) === rootOf(id);
      same(
        before,
        now,
        [...before.keys()].filter((n) => now.has(n) && main(n)),
      );
      before = now;
    }
  });

  it('gives each part of the plan a share of the circle that grows with what it holds', () => {
    const p = tidyPositions('radial', source, all);
    const parts = model.children.get(root)!;
    const angle = (id: string) => Math.atan2(p.get(id)!.y, p.get(id)!.x);
    // The first part straight above the root, the others clockwise.
    expect(angle(parts[0]!)).toBeCloseTo(-Math.PI / 2, 1);
    const turn = (a: string, b: string) => (angle(b) - angle(a) + 4 * Math.PI) % (2 * Math.PI);
    const size = (id: string) => [...model.parent.keys()].filter((n) => isUnder(n, id)).length;
    const biggest = parts.reduce((a, b) => (size(b) > size(a) ? b : a));
    const i = parts.indexOf(biggest);
    const next = parts[(i + 1) % parts.length]!;
    const prev = parts[(i + parts.length - 1) % parts.length]!;
    expect(turn(prev, biggest) + turn(biggest, next)).toBeGreaterThan((2 * 2 * Math.PI) / parts.length);
  });

  it('puts the background root beside the plan, clear of its disc', () => {
    const p = tidyPositions('radial', source, all);
    let reach = 0;
    for (const [id, q] of p)
      if (rootOf(id) === root) {
        const box = layoutBox(model.nodes.get(id)!, model.level.get(id)!);
        reach = Math.max(reach, dist(q, { x: 0, y: 0 }) + Math.hypot(box.width, box.height) / 2);
      }
    for (const [id, q] of p)
      if (rootOf(id) !== root) {
        const box = layoutBox(model.nodes.get(id)!, model.level.get(id)!);
        expect(dist(q, { x: 0, y: 0 }) - Math.hypot(box.width, box.height) / 2, id).toBeGreaterThan(reach);
      }
  });
});

describe('tree layout', () => {
  const left = (p: Positions, id: string) =>
    Math.round(p.get(id)!.x - layoutBox(model.nodes.get(id)!, model.level.get(id)!).shape / 2);

  it('puts each family in a column right of its parent, and a long list of leaves in several short columns', () => {
    const p = tidyPositions(
      'tree',
      source,
      expandedAfter(model, [{ op: 'expand', id: 'context-background' }]),
    );
    const leaves = model.children.get('context-background')!;
    const columns = new Set(leaves.map((id) => left(p, id)));
    expect(columns.size).toBe(Math.ceil(leaves.length / TREE_PACK_ROWS));
    for (const x of columns)
      expect(leaves.filter((id) => left(p, id) === x).length).toBeLessThanOrEqual(TREE_PACK_ROWS);
    for (const [child, parent] of model.parent)
      if (p.has(child)) expect(p.get(child)!.x, child).toBeGreaterThan(p.get(parent)!.x);
    const q = layoutQuality(model, p);
    expect(q.partOfCrossings).toBe(0);
    expect(q.boxOverlaps).toBe(0);
  });

  it('packs the longest run of leaves of a family that also holds branches, keeping the branches in the first column', () => {
    // 坚定不移“跟党走”: five leaves, a branch, four leaves (sibling order).
    const family = 'guarantee-follow-party';
    const p = tidyPositions('tree', source, all);
    const kids = source.children.get(family)!;
    const leaf = (id: string) => !model.children.get(id)?.length;
    const runs: string[][] = [[]];
    for (const id of kids)
      if (leaf(id)) runs.at(-1)!.push(id);
      else runs.push([]);
    const longest = runs.reduce((a, b) => (b.length > a.length ? b : a));
    expect(longest.length).toBeGreaterThan(TREE_PACK_ROWS);
    const first = Math.min(...kids.map((id) => left(p, id)));
    expect(new Set(longest.map((id) => left(p, id))).size).toBe(Math.ceil(longest.length / TREE_PACK_ROWS));
    for (const id of kids.filter((k) => !longest.includes(k))) expect(left(p, id), id).toBe(first);
    const height = (ids: readonly string[]) =>
      Math.max(...ids.map((id) => p.get(id)!.y)) - Math.min(...ids.map((id) => p.get(id)!.y));
    const rowPitch = height(kids) / (kids.length - 1);
    // Packed, the family is shorter than one column of its children would be.
    expect(height(longest)).toBeLessThan(rowPitch * (longest.length - 1));
  });

  it('fully open, folds the plan into bands that fit a 16:9 screen, every family still read in its order', () => {
    const p = tidyPositions('tree', source, all);
    const q = layoutQuality(model, p, 'screen', 'tree', 'zh');
    // One band would be about twice as tall as wide (2,049 × 4,823 px); folded, it is wider than tall.
    expect(q.width / q.height).toBeGreaterThan(1.3);
    expect(q.partOfCrossings).toBe(0);
    expect(q.boxOverlaps).toBe(0);
    expect(q.rightward).toBe(q.partOfEdges);
    // Reading a family band by band, each top to bottom, gives its sibling order.
    const reading = (ids: readonly string[]) =>
      [...ids].sort((a, b) => left(p, a) - left(p, b) || p.get(a)!.y - p.get(b)!.y);
    for (const [parent, kids] of source.children) {
      if (!p.has(parent) || kids.some((k) => !model.children.get(k)?.length) || kids.length < 2) continue;
      expect(reading(kids), parent).toEqual(kids);
    }
    const bands = new Set(source.children.get(root)!.map((id) => left(p, id)));
    expect(bands.size).toBeGreaterThan(1);
  });
});

describe('engines by layout name', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('network is the force layout as before; radial and tree are the tidy layouts, start view included', () => {
    const network = createLayoutEngine(model, 'network');
    expect(network).toBeInstanceOf(LayoutEngine);
    network.destroy();
    const radial = createLayoutEngine(model, 'radial', { siblingOrder: order });
    expect(radial).toBeInstanceOf(HierarchyEngine);
    expect(radial.positionsFor([]).get(root)).toEqual({ x: 0, y: 0 });
  });

  it('the client sends the layout and the sibling order to the worker, and never a start view to a tidy layout', () => {
    const sent: unknown[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        onmessage: unknown;
        postMessage(m: unknown) {
          sent.push(m);
        }
        terminate() {}
      },
    );
    const start = new Map([[root, { x: 5, y: 5 }]]);
    const client = new LayoutClient(model, start, 'kiosk', { layout: 'tree', siblingOrder: order });
    expect(client.positionsFor([{ op: 'expand', id: root }])).toBeInstanceOf(Promise);
    expect(sent[0]).toMatchObject({ type: 'init', layout: 'tree', scale: 'kiosk', siblingOrder: [...order] });
    expect((sent[0] as { start?: unknown }).start).toBeUndefined();
    client.destroy();
  });

  it('without workers the client runs the same engine inline', async () => {
    const ops: ViewOp[] = [{ op: 'expand', id: 'part-4-guarantees' }];
    const client = new LayoutClient(model, undefined, 'screen', { layout: 'radial', siblingOrder: order });
    const inline = await client.positionsFor(ops);
    expect([...inline]).toEqual([
      ...new HierarchyEngine(model, 'radial', { siblingOrder: order }).positionsFor(ops),
    ]);
    client.destroy();
  });
});

describe('size', () => {
  it('lays out a 5,000-node plan fully open in both layouts, no two boxes overlapping', () => {
    const big = buildModel(generateGraph({ ...DEFAULT_SHAPE, nodes: 5000 }).graph);
    const open = expandedAfter(big, [{ op: 'all' }]);
    const src = forestSource(big, 'screen');
    for (const layout of ['radial', 'tree'] as const) {
      const p = tidyPositions(layout, src, open);
      expect(p.size).toBe(5000);
      expect(boxOverlaps(big, p, 'screen', layout)).toBe(0);
      // Crossings are counted on the top levels only (the whole picture takes seconds to check).
      const top = new Map([...p].filter(([id]) => big.level.get(id)! <= 3));
      expect(layoutQuality(big, top, 'screen', layout).partOfCrossings).toBe(0);
    }
  });
});

function rootOf(id: string): string {
  let r = id;
  for (let p = model.parent.get(r); p !== undefined; p = model.parent.get(r)) r = p;
  return r;
}

function isUnder(id: string, ancestor: string): boolean {
  for (let p = model.parent.get(id); p !== undefined; p = model.parent.get(p))
    if (p === ancestor) return true;
  return false;
}
