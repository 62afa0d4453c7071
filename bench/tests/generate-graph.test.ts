import { describe, expect, it } from 'vitest';
import { generateGraph, DEFAULT_SHAPE } from '../lib/generate-graph';
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
