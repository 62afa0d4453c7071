import type { z } from 'zod';
import { GraphFile, type GraphEdge, type GraphNode } from './schema';
import { nearestPassage, splitParagraphs } from './source-text';
import { jsonPath, type Problem, type ProblemCode, type ProblemParams } from './problems';

export type GraphResult = { ok: true; graph: GraphFile } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** File name shown in every problem, e.g. `graph-data/taigu-2021/graph.json`. */
  file: string;
  /** The source text the quotes must come from; quotes are not checked when absent. */
  sourceText?: string;
}

/** Pure: checks a parsed graph file against the schema and every integrity rule, reporting all problems. */
export { schemaParams };

export function validateGraph(input: unknown, options: ValidateOptions): GraphResult {
  const problems: Problem[] = [];
  const add = (path: string, code: ProblemCode, params: ProblemParams = {}) =>
    problems.push({ file: options.file, path, code, params });

  const parsed = GraphFile.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(jsonPath(issue.path), 'schema', schemaParams(issue));
    return { ok: false, problems };
  }
  const graph = parsed.data;
  const at = checkIds(graph.nodes, add);
  checkEdges(graph.edges, at, add);
  checkForest(graph, at, add);
  if (options.sourceText !== undefined) checkQuotes(graph, options.sourceText, add);
  return problems.length ? { ok: false, problems } : { ok: true, graph };
}

type Add = (path: string, code: ProblemCode, params?: ProblemParams) => void;

function schemaParams(issue: z.core.$ZodIssue): ProblemParams {
  const params: ProblemParams = { issue: issue.code, detail: issue.message };
  if (issue.message.startsWith('format:')) params.format = issue.message.slice('format:'.length);
  if ('expected' in issue && typeof issue.expected === 'string') params.expected = issue.expected;
  if ('minimum' in issue) params.minimum = Number(issue.minimum);
  if ('maximum' in issue) params.maximum = Number(issue.maximum);
  if ('keys' in issue && Array.isArray(issue.keys)) params.keys = issue.keys.join(', ');
  if ('values' in issue && Array.isArray(issue.values)) params.values = issue.values.map(String).join(', ');
  if (issue.code === 'invalid_type' && 'input' in issue) params.received = describe(issue.input);
  return params;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Index of each node id; duplicates are reported with both places. */
function checkIds(nodes: readonly GraphNode[], add: Add): Map<string, number> {
  const at = new Map<string, number>();
  nodes.forEach((node, i) => {
    const first = at.get(node.id);
    if (first === undefined) at.set(node.id, i);
    else add(`nodes[${i}].id`, 'duplicate-id', { id: node.id, first: `nodes[${first}]` });
  });
  return at;
}

function checkEdges(edges: readonly GraphEdge[], at: Map<string, number>, add: Add): void {
  const seen = new Map<string, number>();
  edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!at.has(edge[end])) add(`edges[${i}].${end}`, 'edge-unknown-node', { end, id: edge[end] });
    }
    if (edge.source === edge.target) add(`edges[${i}]`, 'self-loop', { id: edge.source });
    const key = `${edge.source}\u0000${edge.target}\u0000${edge.relation}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      add(`edges[${i}]`, 'duplicate-edge', {
        source: edge.source,
        target: edge.target,
        relation: edge.relation,
        first: `edges[${first}]`,
      });
  });
}

function checkForest(graph: GraphFile, at: Map<string, number>, add: Add): void {
  const parent = new Map<string, string>();
  graph.edges.forEach((edge, i) => {
    if (edge.relation !== 'part-of' || edge.source === edge.target) return;
    if (!at.has(edge.source) || !at.has(edge.target)) return;
    const existing = parent.get(edge.source);
    if (existing === undefined) parent.set(edge.source, edge.target);
    else if (existing !== edge.target)
      add(`edges[${i}]`, 'two-parents', { id: edge.source, first: existing, second: edge.target });
  });

  const roots = new Set<string>();
  graph.meta.roots.forEach((id, i) => {
    const path = `meta.roots[${i}]`;
    if (roots.has(id)) add(path, 'duplicate-root', { id });
    roots.add(id);
    if (!at.has(id)) add(path, 'root-unknown', { id });
    else if (parent.has(id)) add(path, 'root-has-parent', { id, parent: parent.get(id)! });
  });
  graph.nodes.forEach((node, i) => {
    if (!parent.has(node.id) && !roots.has(node.id))
      add(`nodes[${i}]`, 'parentless-not-root', { id: node.id });
  });
  reportCycles(graph.nodes, parent, at, add);
}

function reportCycles(
  nodes: readonly GraphNode[],
  parent: Map<string, string>,
  at: Map<string, number>,
  add: Add,
) {
  const state = new Map<string, 'walking' | 'done'>();
  for (const node of nodes) {
    const trail: string[] = [];
    let id: string | undefined = node.id;
    while (id !== undefined && !state.has(id)) {
      state.set(id, 'walking');
      trail.push(id);
      id = parent.get(id);
    }
    if (id !== undefined && state.get(id) === 'walking') {
      const cycle = trail.slice(trail.indexOf(id));
      add(`nodes[${at.get(id)}]`, 'part-of-cycle', { ids: [...cycle, id].join(' → ') });
    }
    for (const t of trail) state.set(t, 'done');
  }
}

/** Looking for the nearest passage is slow; past this many misses the message goes without the hint. */
const MAX_NEAREST_SEARCHES = 50;

function checkQuotes(graph: GraphFile, sourceText: string, add: Add): void {
  const paragraphs = splitParagraphs(sourceText);
  let searches = 0;
  const check = (path: string, quote: string, paragraph: number) => {
    const inParagraph = paragraphs[paragraph - 1];
    if (inParagraph?.includes(quote)) return;
    const actual = paragraphs.findIndex((p) => p.includes(quote)) + 1;
    if (inParagraph === undefined)
      add(`${path}.paragraph`, 'paragraph-out-of-range', { paragraph, count: paragraphs.length, actual });
    else if (actual > 0) add(`${path}.paragraph`, 'quote-in-other-paragraph', { paragraph, actual });
    if (actual > 0) return;
    const near = searches++ < MAX_NEAREST_SEARCHES ? nearestPassage(quote, paragraphs) : undefined;
    add(`${path}.quote`, 'quote-not-in-source', {
      quote: clip(quote),
      nearest: near ? near.text : '',
      nearestParagraph: near ? near.paragraph : 0,
    });
  };
  graph.nodes.forEach((n, i) => check(`nodes[${i}].evidence`, n.evidence.quote, n.evidence.paragraph));
  graph.edges.forEach((e, i) => {
    if (e.evidence) check(`edges[${i}].evidence`, e.evidence.quote, e.evidence.paragraph);
  });
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
