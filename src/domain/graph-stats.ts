import type { GraphFile } from './schema';
import { splitParagraphs } from './source-text';

export interface ParagraphCoverage {
  paragraph: number;
  chars: number;
  covered: number;
  quotes: number;
  frontMatter: boolean;
}

export interface GraphStats {
  nodes: number;
  edges: number;
  byKind: Record<string, number>;
  byRelation: Record<string, number>;
  depth: number;
  roots: string[];
  coverage: { chars: number; covered: number; paragraphs: ParagraphCoverage[] };
}

const countBy = <T>(items: readonly T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, t) => {
    acc[key(t)] = (acc[key(t)] ?? 0) + 1;
    return acc;
  }, {});

/** Longest chain of part-of edges from a root, counting the root as level 1. */
export function partOfDepth(graph: GraphFile): number {
  const parent = new Map(
    graph.edges.filter((e) => e.relation === 'part-of').map((e) => [e.source, e.target]),
  );
  const memo = new Map<string, number>();
  const level = (id: string, guard = 0): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const value = up === undefined || guard > graph.nodes.length ? 1 : level(up, guard + 1) + 1;
    memo.set(id, value);
    return value;
  };
  return graph.nodes.reduce((max, n) => Math.max(max, level(n.id)), 0);
}

/** How much of each paragraph the quotes of nodes and edges cover, whitespace not counted. */
export function quoteCoverage(graph: GraphFile, sourceText: string): GraphStats['coverage'] {
  const paragraphs = splitParagraphs(sourceText);
  const front = new Set(graph.meta.source.frontMatter ?? []);
  const evidence = [
    ...graph.nodes.map((n) => n.evidence),
    ...graph.edges.flatMap((e) => (e.evidence ? [e.evidence] : [])),
  ];
  const rows = paragraphs.map((text, i): ParagraphCoverage => {
    const marked = new Uint8Array(text.length);
    let quotes = 0;
    for (const ev of evidence) {
      if (ev.paragraph !== i + 1) continue;
      quotes++;
      for (let at = text.indexOf(ev.quote); at >= 0; at = text.indexOf(ev.quote, at + 1)) {
        marked.fill(1, at, at + ev.quote.length);
      }
    }
    let chars = 0;
    let covered = 0;
    for (let c = 0; c < text.length; c++) {
      if (/\s/.test(text[c]!)) continue;
      chars++;
      covered += marked[c]!;
    }
    return { paragraph: i + 1, chars, covered, quotes, frontMatter: front.has(i + 1) };
  });
  const counted = rows.filter((r) => !r.frontMatter);
  return {
    chars: counted.reduce((s, r) => s + r.chars, 0),
    covered: counted.reduce((s, r) => s + r.covered, 0),
    paragraphs: rows,
  };
}

export function graphStats(graph: GraphFile, sourceText: string): GraphStats {
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    byKind: countBy(graph.nodes, (n) => n.kind),
    byRelation: countBy(graph.edges, (e) => e.relation),
    depth: partOfDepth(graph),
    roots: graph.meta.roots,
    coverage: quoteCoverage(graph, sourceText),
  };
}
