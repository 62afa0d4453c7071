import { mulberry32 } from '../../src/canvas/layout/seeded-random';
import type { GraphFile, GraphNode } from '../../src/domain/schema';
import type { NodeKind } from '../../src/domain/vocabulary';

/**
 * The shape of a generated strategy graph. fcose's cost depends strongly on it, so benchmarks print it with
 * their results: a plan root, `pillars` parts, then levels whose branching shrinks, and a share of supports
 * edges between branches.
 */
export interface GraphShape {
  nodes: number;
  pillars: number;
  /** Children per node on the level below the pillars, shrinking by one per level (minimum 2). */
  branching: number;
  /** Supports edges as a share of nodes (0.2 → one cross-link per five nodes). */
  crossLinks: number;
  seed: number;
}

export const DEFAULT_SHAPE: Omit<GraphShape, 'nodes'> = {
  pillars: 5,
  branching: 8,
  crossLinks: 0.2,
  seed: 2021,
};

const KINDS_BY_LEVEL: NodeKind[] = ['vision', 'pillar', 'goal', 'strategy', 'measure', 'project', 'target'];

/** A valid graph (and its source text) of exactly `shape.nodes` nodes; the same shape always gives the same graph. */
export function generateGraph(shape: GraphShape): { graph: GraphFile; sourceText: string } {
  const random = mulberry32(shape.seed);
  const nodes: GraphNode[] = [];
  const edges: GraphFile['edges'] = [];
  const level: number[] = [];
  const add = (depth: number, parent?: number) => {
    const i = nodes.length;
    const label = `节点${i}号`;
    nodes.push({
      id: `n-${i}`,
      kind: KINDS_BY_LEVEL[Math.min(depth, KINDS_BY_LEVEL.length - 1)]!,
      label: { zh: label, en: `Node ${i}` },
      summary: { zh: `生成的第${i}个节点。`, en: `Generated node ${i}.` },
      evidence: { quote: label, paragraph: 1 + Math.floor(i / 100) },
    });
    level.push(depth);
    if (parent !== undefined) edges.push({ source: `n-${i}`, target: `n-${parent}`, relation: 'part-of' });
    return i;
  };

  add(0);
  const frontier: number[] = [];
  for (let p = 0; p < shape.pillars && nodes.length < shape.nodes; p++) frontier.push(add(1, 0));
  // Breadth first, so every level fills before the next one starts.
  for (let head = 0; head < frontier.length && nodes.length < shape.nodes; head++) {
    const parent = frontier[head]!;
    const fan = Math.max(2, shape.branching - (level[parent]! - 1));
    for (let c = 0; c < fan && nodes.length < shape.nodes; c++)
      frontier.push(add(level[parent]! + 1, parent));
  }

  const links = new Set<string>();
  const wanted = Math.round(shape.nodes * shape.crossLinks);
  for (let tries = 0; links.size < wanted && tries < wanted * 20; tries++) {
    const a = 1 + Math.floor(random() * (nodes.length - 1));
    const b = 1 + Math.floor(random() * (nodes.length - 1));
    const key = `${a}>${b}`;
    if (a === b || links.has(key)) continue;
    links.add(key);
    edges.push({ source: `n-${a}`, target: `n-${b}`, relation: 'supports' });
  }

  const paragraphs: string[] = [];
  for (let i = 0; i < nodes.length; i += 100)
    paragraphs.push(
      nodes
        .slice(i, i + 100)
        .map((n) => n.label.zh)
        .join('，') + '。',
    );
  const graph: GraphFile = {
    formatVersion: 1,
    meta: {
      title: {
        zh: `生成的战略图谱（${shape.nodes}个节点）`,
        en: `Generated strategy graph (${shape.nodes} nodes)`,
      },
      source: {
        title: '生成的测试文本',
        author: 'bench',
        publication: 'bench',
        year: 2026,
        language: 'zh-CN',
        file: 'source.txt',
      },
      roots: ['n-0'],
    },
    nodes,
    edges,
  };
  return { graph, sourceText: paragraphs.join('\n\n') + '\n' };
}

/** What a generated graph looks like, printed with the results. */
export interface ShapeReport {
  nodes: number;
  edges: number;
  /** Levels below the root (the root is level 0). */
  depth: number;
  /** Nodes per level, root first. */
  perLevel: number[];
  /** Mean children of a node with children, per level that has children. */
  branching: number[];
  crossLinks: number;
  /** Cross-links (supports edges) per node. */
  crossLinkShare: number;
}

/** Measures the shape of a generated graph (part-of edges child → parent, supports edges as cross-links). */
export function describeShape(graph: GraphFile): ShapeReport {
  const parent = new Map<string, string>();
  let crossLinks = 0;
  for (const e of graph.edges)
    if (e.relation === 'part-of') parent.set(e.source, e.target);
    else crossLinks++;
  const level = new Map<string, number>();
  const levelOf = (id: string): number => {
    const known = level.get(id);
    if (known !== undefined) return known;
    const p = parent.get(id);
    const l = p === undefined ? 0 : levelOf(p) + 1;
    level.set(id, l);
    return l;
  };
  const perLevel: number[] = [];
  const parentsPerLevel: Set<string>[] = [];
  for (const n of graph.nodes) {
    const l = levelOf(n.id);
    perLevel[l] = (perLevel[l] ?? 0) + 1;
    const p = parent.get(n.id);
    if (p !== undefined) (parentsPerLevel[l - 1] ??= new Set()).add(p);
  }
  const branching = [...parentsPerLevel]
    .map((parents, l) => (parents?.size ? perLevel[l + 1]! / parents.size : 0))
    .map((b) => Math.round(b * 100) / 100);
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    depth: perLevel.length - 1,
    perLevel: perLevel.map((c) => c ?? 0),
    branching,
    crossLinks,
    crossLinkShare: graph.nodes.length ? crossLinks / graph.nodes.length : 0,
  };
}

/** One line for the results: "5,000 nodes, 5,999 edges; depth 5 (1/5/40/…); branching 5/8/7/…; …". */
export function shapeLine(shape: GraphShape, r: ShapeReport): string {
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    `${n(r.nodes)} nodes, ${n(r.edges)} edges; depth ${r.depth} (nodes per level ${r.perLevel.join('/')}); ` +
    `mean children per level ${r.branching.join('/')}; ${n(r.crossLinks)} cross-links (supports), ` +
    `${(r.crossLinkShare * 100).toFixed(0)}% of nodes; generator: ${shape.pillars} parts, branching ` +
    `${shape.branching} shrinking by 1 per level (min 2), seed ${shape.seed}`
  );
}
