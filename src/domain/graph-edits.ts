import type { GraphEdge, GraphFile, GraphMeta, GraphNode } from './schema';

/**
 * The edits an author makes in the editor, as data: each is applied by a pure function, so a history of them can
 * be undone exactly and tested without a DOM. A graph being edited may be invalid (validation says where); the
 * edits only keep it a forest an author can see: a node without a part-of parent is a root.
 */
export type NodePatch = Partial<
  Pick<GraphNode, 'kind' | 'label' | 'aliases' | 'summary' | 'figures' | 'evidence'>
>;

export type GraphEdit =
  | { op: 'add-node'; node: GraphNode; parent?: string }
  | { op: 'update-node'; id: string; patch: NodePatch }
  | { op: 'remove-node'; id: string }
  | { op: 'add-edge'; edge: GraphEdge }
  | { op: 'remove-edge'; source: string; target: string; relation: GraphEdge['relation'] }
  | { op: 'set-meta'; meta: GraphMeta };

const sameEdge = (e: GraphEdge, source: string, target: string, relation: string) =>
  e.source === source && e.target === target && e.relation === relation;

const hasParent = (edges: readonly GraphEdge[], id: string) =>
  edges.some((e) => e.relation === 'part-of' && e.source === id);

/** Roots follow the part-of edges: a node gains a parent and leaves the roots, loses it and becomes one. */
function withRoots(graph: GraphFile, edges: GraphEdge[], nodes = graph.nodes): GraphFile {
  const known = new Set(nodes.map((n) => n.id));
  const kept = graph.meta.roots.filter((r) => known.has(r) && !hasParent(edges, r));
  const orphans = nodes.filter((n) => !hasParent(edges, n.id) && !kept.includes(n.id)).map((n) => n.id);
  const roots = [...kept, ...orphans];
  const sameRoots =
    roots.length === graph.meta.roots.length && roots.every((r, i) => r === graph.meta.roots[i]);
  return { ...graph, nodes, edges, meta: sameRoots ? graph.meta : { ...graph.meta, roots } };
}

/** The graph after one edit; the same object when the edit changes nothing (an unknown id, a duplicate). */
export function applyEdit(graph: GraphFile, edit: GraphEdit): GraphFile {
  const has = (id: string) => graph.nodes.some((n) => n.id === id);
  switch (edit.op) {
    case 'add-node': {
      if (has(edit.node.id)) return graph;
      const nodes = [...graph.nodes, edit.node];
      const edges =
        edit.parent !== undefined && has(edit.parent)
          ? [...graph.edges, { source: edit.node.id, target: edit.parent, relation: 'part-of' as const }]
          : graph.edges;
      return withRoots(graph, [...edges], nodes);
    }
    case 'update-node': {
      if (!has(edit.id)) return graph;
      const nodes = graph.nodes.map((n) => (n.id === edit.id ? withPatch(n, edit.patch) : n));
      return { ...graph, nodes };
    }
    case 'remove-node': {
      if (!has(edit.id)) return graph;
      const nodes = graph.nodes.filter((n) => n.id !== edit.id);
      const edges = graph.edges.filter((e) => e.source !== edit.id && e.target !== edit.id);
      return withRoots(graph, edges, nodes);
    }
    case 'add-edge': {
      const { source, target, relation } = edit.edge;
      if (!has(source) || !has(target) || source === target) return graph;
      if (graph.edges.some((e) => sameEdge(e, source, target, relation))) return graph;
      return withRoots(graph, [...graph.edges, edit.edge]);
    }
    case 'remove-edge': {
      const edges = graph.edges.filter((e) => !sameEdge(e, edit.source, edit.target, edit.relation));
      return edges.length === graph.edges.length ? graph : withRoots(graph, edges);
    }
    case 'set-meta':
      return { ...graph, meta: { ...edit.meta, roots: graph.meta.roots } };
  }
}

/** Optional lists left empty are dropped, as the file format writes them. */
function withPatch(node: GraphNode, patch: NodePatch): GraphNode {
  const next: GraphNode = { ...node, ...patch };
  if (next.aliases?.length === 0) delete next.aliases;
  if (next.figures?.length === 0) delete next.figures;
  return next;
}

/** An empty graph of a source text: no nodes yet, the metadata proposed from the text and its file name. */
export function emptyGraph(sourceText: string, fileName: string, year: number): GraphFile {
  const first = sourceText.trim().split('\n')[0]?.trim() ?? '';
  const base = fileName.replace(/\.[^.]+$/, '').trim();
  return {
    formatVersion: 1,
    meta: {
      title: { zh: first.slice(0, 60) || base || '新图谱', en: base || 'New graph' },
      source: {
        title: first.slice(0, 200) || base || '—',
        author: '—',
        publication: '—',
        year,
        language: 'zh',
        file: 'source.txt',
      },
      roots: [],
    },
    nodes: [],
    edges: [],
  };
}
