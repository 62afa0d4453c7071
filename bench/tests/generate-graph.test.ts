import { describe, expect, it } from 'vitest';
import { describeShape, generateGraph, DEFAULT_SHAPE, shapeLine } from '../lib/generate-graph';
import { validateGraph } from '../../src/domain/validate-graph';
import { buildModel } from '../../src/domain/graph-model';

describe('generated strategy graphs for benchmarks', () => {
  it.each([1000, 2000, 5000])('%i nodes: valid, exact size, a tree with cross-links', (n) => {
    const { graph, sourceText } = generateGraph({ ...DEFAULT_SHAPE, nodes: n });
    const result = validateGraph(graph, { file: `gen-${n}.json`, sourceText });
    expect(result.ok).toBe(true);
    expect(graph.nodes).toHaveLength(n);
    const supports = graph.edges.filter((e) => e.relation === 'supports').length;
    expect(supports).toBe(Math.round(n * DEFAULT_SHAPE.crossLinks));
    const model = buildModel(graph);
    expect(model.maxLevel).toBeGreaterThanOrEqual(4);
  });

  it('the same shape gives the same graph; another seed another one', () => {
    const a = generateGraph({ ...DEFAULT_SHAPE, nodes: 500 });
    const b = generateGraph({ ...DEFAULT_SHAPE, nodes: 500 });
    const c = generateGraph({ ...DEFAULT_SHAPE, nodes: 500, seed: 7 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(c.graph.edges)).not.toBe(JSON.stringify(a.graph.edges));
  });
});

describe('shape printed with the results', () => {
  it('reports depth, nodes and children per level and the cross-link share of what was generated', () => {
    const shape = { ...DEFAULT_SHAPE, nodes: 1000 };
    const r = describeShape(generateGraph(shape).graph);
    expect(r.nodes).toBe(1000);
    expect(r.perLevel.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(r.perLevel.slice(0, 3)).toEqual([1, 5, 40]); // a root, five parts, eight goals each
    expect(r.depth).toBe(r.perLevel.length - 1);
    expect(r.branching.slice(0, 3)).toEqual([5, 8, 7]); // branching shrinks by one per level
    expect(r.crossLinks).toBe(200);
    expect(r.crossLinkShare).toBeCloseTo(0.2);
    expect(r.edges).toBe(999 + 200);
    const line = shapeLine(shape, r);
    expect(line).toContain('1,000 nodes, 1,199 edges; depth 4');
    expect(line).toContain('20% of nodes');
    expect(line).toContain('seed 2021');
  });

  it('measures the graph it is given, not the generator settings', () => {
    const { graph } = generateGraph({ ...DEFAULT_SHAPE, nodes: 300, crossLinks: 0.5, pillars: 3 });
    const r = describeShape(graph);
    expect(r.perLevel.slice(0, 2)).toEqual([1, 3]);
    expect(r.crossLinks).toBe(150);
  });
});
