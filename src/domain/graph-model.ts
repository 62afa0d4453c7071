import type { GraphEdge, GraphFile, GraphNode } from './schema';

/** A validated graph with the indexes every view needs; built once per graph, never mutated. */
export interface GraphModel {
  graph: GraphFile;
  nodes: ReadonlyMap<string, GraphNode>;
  /** Node ids in file order: the order children, search results and the outline use. */
  order: readonly string[];
  parent: ReadonlyMap<string, string>;
  children: ReadonlyMap<string, readonly string[]>;
  /** Level in the part-of forest, roots at 1. */
  level: ReadonlyMap<string, number>;
  maxLevel: number;
  supports: readonly GraphEdge[];
  /** ids this node supports / ids that support it. */
  supportsOut: ReadonlyMap<string, readonly string[]>;
  supportsIn: ReadonlyMap<string, readonly string[]>;
  roots: readonly string[];
}

const push = (map: Map<string, string[]>, key: string, value: string) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function buildModel(graph: GraphFile): GraphModel {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const parent = new Map<string, string>();
  const children = new Map<string, string[]>();
  const supportsOut = new Map<string, string[]>();
  const supportsIn = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.relation === 'part-of') {
      parent.set(e.source, e.target);
      push(children, e.target, e.source);
    } else {
      push(supportsOut, e.source, e.target);
      push(supportsIn, e.target, e.source);
    }
  }
  const position = new Map(graph.nodes.map((n, i) => [n.id, i]));
  for (const list of children.values()) list.sort((a, b) => position.get(a)! - position.get(b)!);

  // Iterative: a valid part-of chain may be thousands of levels deep.
  const level = new Map<string, number>();
  let maxLevel = 0;
  const stack: [string, number][] = graph.meta.roots.map((r) => [r, 1]);
  while (stack.length) {
    const [id, depth] = stack.pop()!;
    level.set(id, depth);
    maxLevel = Math.max(maxLevel, depth);
    for (const c of children.get(id) ?? []) stack.push([c, depth + 1]);
  }

  return {
    graph,
    nodes,
    order: graph.nodes.map((n) => n.id),
    parent,
    children,
    level,
    maxLevel,
    supports: graph.edges.filter((e) => e.relation === 'supports'),
    supportsOut,
    supportsIn,
    roots: graph.meta.roots,
  };
}

/** Ancestors from the root down to (not including) the node. */
export function pathToRoot(model: GraphModel, id: string): string[] {
  const path: string[] = [];
  for (let p = model.parent.get(id); p !== undefined; p = model.parent.get(p)) path.unshift(p);
  return path;
}

/** All descendants of a node, depth first in file order. */
export function descendants(model: GraphModel, id: string): string[] {
  const out: string[] = [];
  const stack = [...(model.children.get(id) ?? [])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    const kids = model.children.get(n);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
