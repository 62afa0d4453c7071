import { describe, expect, it } from 'vitest';
import { expandedAfter, hiddenChildCount, shownNodes, type ViewOp } from '../src/view/view-ops';
import { visibleGraph } from '../src/view/visible-graph';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const shown = (ops: ViewOp[]) => shownNodes(model, expandedAfter(model, ops));
const noFilters = { hiddenKinds: [], hiddenRelations: [] };

describe('visibility after expand and collapse', () => {
  it('starts with the plan, its four parts and their members; background waits collapsed', () => {
    const start = shown([]);
    expect(start).toContain('part-1-goals');
    expect(start).toContain('goal-agri-hi-tech-zone');
    expect(start).toContain('principle-safety');
    expect(start).toContain('context-background');
    expect(start).not.toContain('jinzhong-agri-hi-tech-zone');
    expect(start).not.toContain('concept-gucheng-yuan');
    expect(hiddenChildCount(model, expandedAfter(model, []), 'context-background')).toBe(
      model.children.get('context-background')!.length,
    );
  });

  it('expanding a goal shows exactly its children', () => {
    const before = new Set(shown([]));
    const after = shown([{ op: 'expand', id: 'goal-agri-hi-tech-zone' }]);
    const added = after.filter((id) => !before.has(id));
    expect(added.sort()).toEqual([...model.children.get('goal-agri-hi-tech-zone')!].sort());
  });

  it('collapsing hides the node’s descendants too, and re-expanding shows only one level', () => {
    const ops: ViewOp[] = [
      { op: 'expand', id: 'goal-agri-hi-tech-zone' },
      { op: 'expand', id: 'concept-gucheng-yuan' },
      { op: 'collapse', id: 'goal-agri-hi-tech-zone' },
    ];
    expect(shown(ops)).toEqual(shown([]));
    const again = shown([...ops, { op: 'expand', id: 'goal-agri-hi-tech-zone' }]);
    const grandchildren = model.children.get('concept-gucheng-yuan') ?? [];
    for (const g of grandchildren) expect(again).not.toContain(g);
  });

  it('expand all shows every node; depth 1 shows only the roots', () => {
    expect(shown([{ op: 'all' }])).toHaveLength(model.nodes.size);
    expect(shown([{ op: 'depth', level: 1 }])).toEqual([...model.roots]);
  });

  it('revealing a deep node opens the path down to it', () => {
    const s = shown([{ op: 'reveal', id: 'industry-tourism-farm-study' }]);
    expect(s).toContain('industry-tourism-farm-study');
    expect(s).toContain('industry-new-tourism-formats');
  });

  it('show supporters reveals them from other branches', () => {
    const supporters = model.supportsIn.get('goal-agri-hi-tech-zone')!;
    const s = shown([{ op: 'supporters', id: 'goal-agri-hi-tech-zone' }]);
    for (const id of supporters) expect(s).toContain(id);
  });
});

describe('filters', () => {
  it('hiding a middle kind hangs descendants from their nearest visible ancestor, with no dangling edges', () => {
    const expanded = expandedAfter(model, [{ op: 'all' }]);
    const vis = visibleGraph(model, expanded, { hiddenKinds: ['principle'], hiddenRelations: [] });
    const ids = new Set(vis.nodes);
    expect(vis.nodes.some((id) => model.nodes.get(id)!.kind === 'principle')).toBe(false);
    for (const e of vis.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    const talent = vis.edges.find(
      (e) => e.source === 'strategy-talent-district' && e.relation === 'part-of',
    )!;
    expect(talent.target).toBe('part-3-measures');
    expect(talent.bridged).toBe(true);
  });

  it('hiding a relation removes its edges only', () => {
    const expanded = expandedAfter(model, [{ op: 'all' }]);
    const vis = visibleGraph(model, expanded, { hiddenKinds: [], hiddenRelations: ['supports'] });
    expect(vis.edges.every((e) => e.relation === 'part-of')).toBe(true);
    expect(vis.nodes).toHaveLength(model.nodes.size);
  });

  it('supports edges are drawn whenever both ends are visible', () => {
    const vis = visibleGraph(model, expandedAfter(model, []), noFilters);
    const ids = new Set(vis.nodes);
    const expected = model.supports.filter((e) => ids.has(e.source) && ids.has(e.target)).length;
    expect(vis.edges.filter((e) => e.relation === 'supports')).toHaveLength(expected);
  });
});

describe('deep graphs', () => {
  it('a part-of chain 20,000 levels deep builds, expands and lists without overflowing the stack', async () => {
    const { buildModel } = await import('../src/domain/graph-model');
    const n = 20_000;
    const nodes = Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      kind: 'measure' as const,
      label: { zh: `节点${i}`, en: `node ${i}` },
      summary: { zh: '示例', en: 'example' },
      evidence: { quote: '示例', paragraph: 1 },
    }));
    const edges = nodes
      .slice(1)
      .map((_, i) => ({ source: `n${i + 1}`, target: `n${i}`, relation: 'part-of' as const }));
    const m = buildModel({
      formatVersion: 1,
      meta: {
        title: { zh: '深', en: 'deep' },
        source: { title: 't', author: 'a', publication: 'p', year: 2024, language: 'zh', file: 's.txt' },
        roots: ['n0'],
      },
      nodes,
      edges,
    });
    expect(m.maxLevel).toBe(n);
    expect(shownNodes(m, expandedAfter(m, [{ op: 'all' }]))).toHaveLength(n);
  });
});
