/**
 * What every picture of the hierarchical layouts must satisfy after any view log, checked step by step; shared
 * by the property tests. Plain throws rather than expect: they run thousands of times.
 */
import fc from 'fast-check';
import type { GraphModel } from '../../src/domain/graph-model';
import type { GraphFile, GraphNode } from '../../src/domain/schema';
import { NODE_KINDS } from '../../src/domain/vocabulary';
import { HierarchyEngine } from '../../src/canvas/layout/hierarchy-engine';
import { layoutQuality } from '../../src/canvas/layout/layout-quality';
import { forestSource, type ForestSource } from '../../src/canvas/layout/shown-forest';
import { tidyPositions, type TidyLayoutName } from '../../src/canvas/layout/tidy-layout';
import type { Point, Positions } from '../../src/view/positions';
import { siblingOrder } from '../../src/view/sibling-order';
import { applyOp, shownNodes, startExpanded, type ViewOp } from '../../src/view/view-ops';
import { decodeView, encodeView } from '../../src/link-format/url-state';
import { initialView } from '../../src/view/view-state';

/** Random view logs over the nodes of `model`. */
export function opsOf(model: GraphModel, maxLength = 10): fc.Arbitrary<ViewOp[]> {
  const id = fc.constantFrom(...model.order, 'no-such-node');
  const op: fc.Arbitrary<ViewOp> = fc.oneof(
    { weight: 5, arbitrary: id.map((i) => ({ op: 'expand' as const, id: i })) },
    { weight: 3, arbitrary: id.map((i) => ({ op: 'collapse' as const, id: i })) },
    { weight: 1, arbitrary: id.map((i) => ({ op: 'branch' as const, id: i })) },
    { weight: 2, arbitrary: id.map((i) => ({ op: 'reveal' as const, id: i })) },
    { weight: 2, arbitrary: id.map((i) => ({ op: 'supporters' as const, id: i })) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 0, max: model.maxLevel + 1 })
        .map((level) => ({ op: 'depth' as const, level })),
    },
    { weight: 1, arbitrary: fc.constant({ op: 'all' as const }) },
  );
  return fc.array(op, { minLength: 1, maxLength });
}

const LABEL_PIECES = ['农高区', '乡村振兴示范区', '党建', '十个坚持', '谷城院一体化发展', 'A', 'x'];

/**
 * Small random plans: a forest of 1–3 roots whose nodes hang under random earlier nodes (any depth, any
 * branching), labels of random length in both languages, random cross-links.
 */
export const graphArb: fc.Arbitrary<GraphFile> = fc
  .record({
    size: fc.integer({ min: 1, max: 45 }),
    roots: fc.integer({ min: 1, max: 3 }),
    parents: fc.array(fc.nat(), { minLength: 45, maxLength: 45 }),
    labels: fc.array(fc.array(fc.constantFrom(...LABEL_PIECES), { minLength: 1, maxLength: 4 }), {
      minLength: 45,
      maxLength: 45,
    }),
    kinds: fc.array(fc.constantFrom(...NODE_KINDS), { minLength: 45, maxLength: 45 }),
    links: fc.array(fc.tuple(fc.nat(44), fc.nat(44)), { maxLength: 30 }),
    paragraphs: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 45, maxLength: 45 }),
  })
  .map(({ size, roots, parents, labels, kinds, links, paragraphs }) => {
    const rootCount = Math.min(roots, size);
    const nodes: GraphNode[] = [];
    const edges: GraphFile['edges'] = [];
    for (let i = 0; i < size; i++) {
      const zh = labels[i]!.join('');
      nodes.push({
        id: `n-${i}`,
        kind: kinds[i]!,
        label: { zh: zh.slice(0, 40), en: labels[i]!.map((p) => `${p.length}w`).join(' ') },
        summary: { zh, en: zh },
        evidence: { quote: zh, paragraph: paragraphs[i]! },
      });
      if (i >= rootCount)
        edges.push({ source: `n-${i}`, target: `n-${parents[i]! % i}`, relation: 'part-of' });
    }
    const seen = new Set<string>();
    for (const [a, b] of links) {
      const [s, t] = [a % size, b % size];
      if (s !== t && !seen.has(`${s}>${t}`) && seen.add(`${s}>${t}`))
        edges.push({ source: `n-${s}`, target: `n-${t}`, relation: 'supports' });
    }
    const graph = {
      formatVersion: 1,
      meta: {
        title: { zh: '随机', en: 'random' },
        source: {
          title: 't',
          author: 'a',
          publication: 'p',
          year: 2021,
          language: 'zh-CN',
          file: 'source.txt',
        },
        roots: nodes.slice(0, rootCount).map((n) => n.id),
      },
      nodes,
      edges,
    } as GraphFile;
    return graph;
  });

const near = (p: Point, q: Point, within: number) => Math.hypot(p.x - q.x, p.y - q.y) <= within;

/** The rigid motion taking `from` onto `to` (fitted on the root and the node farthest from it), or throws. */
function assertRigid(from: Positions, to: Positions, root: string, tree: boolean): void {
  const [a, b] = [from.get(root)!, to.get(root)!];
  let far = root;
  for (const [id, p] of from)
    if (Math.hypot(p.x - a.x, p.y - a.y) > Math.hypot(from.get(far)!.x - a.x, from.get(far)!.y - a.y))
      far = id;
  const [fa, fb] = [from.get(far)!, to.get(far)!];
  const angle = far === root ? 0 : Math.atan2(fb.y - b.y, fb.x - b.x) - Math.atan2(fa.y - a.y, fa.x - a.x);
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  if (tree && Math.abs(Math.sin(angle)) > 1e-9) throw new Error(`tree turned by ${angle}`);
  for (const [id, p] of from) {
    const x = c * (p.x - a.x) - s * (p.y - a.y) + b.x;
    const y = s * (p.x - a.x) + c * (p.y - a.y) + b.y;
    if (!near({ x, y }, to.get(id)!, 1e-6))
      throw new Error(`${id} is not where the tidy layout, moved rigidly, puts it`);
  }
}

/** The node a step names, or its nearest ancestor shown before the step. */
function anchorOf(model: GraphModel, op: ViewOp, before: Positions): string | undefined {
  if (!('id' in op) || !model.nodes.has(op.id)) return undefined;
  let id: string | undefined = op.id;
  while (id !== undefined && !before.has(id)) id = model.parent.get(id);
  return id;
}

/**
 * Runs `ops` step by step through one engine and checks after every step: the shown nodes, positions equal to
 * the tidy layout of the shown set up to a rigid motion, the named node (or the root) where it was, no boxes
 * overlapping, no part-of edges crossing, every part-of edge outward (radial) or rightward (tree); then that a
 * fresh engine replaying the whole log gives the same positions.
 */
export function checkLog(
  model: GraphModel,
  layout: TidyLayoutName,
  ops: readonly ViewOp[],
  source?: ForestSource,
): void {
  const order = siblingOrder(model);
  const src = source ?? forestSource(model, 'screen', order);
  const engine = new HierarchyEngine(model, layout, { scale: src.scale, siblingOrder: order });
  const root = model.roots[0]!;
  let expanded = startExpanded(model);
  let before = engine.positionsFor([]);
  if (!near(before.get(root)!, { x: 0, y: 0 }, 1e-9))
    throw new Error('the start view does not have the root at 0,0');
  for (let i = 0; i <= ops.length; i++) {
    const op = ops[i - 1];
    if (op) expanded = applyOp(model, expanded, op);
    const now = i ? engine.positionsFor(ops.slice(0, i)) : before;
    const shown = shownNodes(model, expanded);
    if (now.size !== shown.length || shown.some((id) => !now.has(id)))
      throw new Error(`step ${i}: other nodes shown`);
    assertRigid(tidyPositions(layout, src, expanded), now, root, layout === 'tree');
    if (op) {
      const anchor = anchorOf(model, op, before) ?? root;
      if (!near(before.get(anchor)!, now.get(anchor)!, 1))
        throw new Error(`step ${i} (${JSON.stringify(op)}): ${anchor} moved`);
    }
    const q = layoutQuality(model, now, src.scale, layout);
    if (q.boxOverlaps) throw new Error(`step ${i}: ${q.boxOverlaps} boxes overlap`);
    if (q.partOfCrossings) throw new Error(`step ${i}: ${q.partOfCrossings} part-of edges cross`);
    const pointing = layout === 'radial' ? q.outward : q.rightward;
    if (pointing !== q.partOfEdges)
      throw new Error(`step ${i}: ${q.partOfEdges - pointing} part-of edges point back`);
    before = now;
  }
  const again = new HierarchyEngine(model, layout, { scale: src.scale, siblingOrder: order }).positionsFor(
    ops,
  );
  for (const [id, p] of before)
    if (again.get(id)?.x !== p.x || again.get(id)?.y !== p.y) throw new Error(`replay moved ${id}`);
}

/**
 * View logs as the app builds them (depth at least 1, ids of the graph), with pairs that open and close one
 * node in a row put in here and there: the pairs a link leaves out.
 */
export function linkOpsOf(model: GraphModel): fc.Arbitrary<ViewOp[]> {
  const known = (op: ViewOp) => ('id' in op ? model.nodes.has(op.id) : op.op !== 'depth' || op.level >= 1);
  const pair = fc.constantFrom(...model.order).map((id): ViewOp[] => [
    { op: 'expand', id },
    { op: 'collapse', id },
  ]);
  return fc
    .tuple(opsOf(model, 10), fc.array(fc.tuple(fc.nat(), pair), { maxLength: 4 }))
    .map(([ops, pairs]) => {
      const out = ops.filter(known);
      for (const [at, two] of pairs) out.splice(at % (out.length + 1), 0, ...two);
      return out;
    });
}

/** The log read back from its link lays out exactly as the log itself (a fresh engine each). */
export function linkKeepsPositions(model: GraphModel, layout: TidyLayoutName, ops: ViewOp[]): void {
  const order = siblingOrder(model);
  const link = encodeView({ ...initialView(), ops, layout }, 'g', 'g', model);
  const back = decodeView(link, model).view.ops ?? [];
  const a = new HierarchyEngine(model, layout, { siblingOrder: order }).positionsFor(ops);
  const b = new HierarchyEngine(model, layout, { siblingOrder: order }).positionsFor(back);
  if (a.size !== b.size) throw new Error(`${link}: other nodes shown`);
  for (const [id, p] of a)
    if (!b.has(id) || !near(p, b.get(id)!, 1e-6)) throw new Error(`${link}: ${id} is elsewhere`);
}
