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
