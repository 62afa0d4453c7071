import type { GraphFile } from '../domain/schema';

/**
 * The canonical form of a graph file, for comparing two files for sameness: object keys sorted, and the edges
 * in a fixed order — part-of edges by the row of their node, then supports edges in their own order. Edge
 * order carries no meaning in the format (children follow the order of the nodes; only the supports edges'
 * own order is kept), so two files that differ in nothing else are the same graph.
 */
export function canonicalGraph(graph: GraphFile): GraphFile {
  const row = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const partOf = graph.edges
    .filter((e) => e.relation === 'part-of')
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (row.get(a.e.source) ?? 0) - (row.get(b.e.source) ?? 0) || a.i - b.i)
    .map((x) => x.e);
  return { ...graph, edges: [...partOf, ...graph.edges.filter((e) => e.relation !== 'part-of')] };
}

/** JSON with sorted keys and no whitespace: equal strings, equal files. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}
