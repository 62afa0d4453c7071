import type { GlossaryTerm } from '../domain/glossary';
import type { GraphFile } from '../domain/schema';
import type { Problem } from '../domain/problems';

/** Words that open a clause but never a name: 一是…, 坚持…, 要… are read past. */
const LEAD =
  /^(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|首先|其次|同时|此外|我们要|要)[，、：:\s]*/u;

/**
 * A Chinese label proposed from a quote: its first clause, without list markers, short enough for the canvas.
 * The author edits it; the document's own words are the place to start.
 */
export function proposeLabel(quote: string, max = 20): string {
  const trimmed = quote.trim().replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*/u, '');
  const clause = trimmed.replace(LEAD, '').split(/[，。；：！？,;:!?]/u)[0] ?? '';
  const label = clause.replace(/[“”‘’「」『』《》]/gu, '').trim();
  return [...(label || trimmed)].slice(0, max).join('');
}

/** Terms of the glossary whose Chinese form the text has, for the English fields beside it. */
export function termsIn(text: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const plain = text.replace(/[“”‘’「」]/gu, '');
  return terms.filter((t) => t.zh.some((form) => plain.includes(form.replace(/[“”‘’「」]/gu, ''))));
}

/** The node a problem is about (`nodes[3]…`, or an edge's source), for the link that selects it. */
export function problemNode(problem: Problem, graph: GraphFile): string | undefined {
  const node = /^nodes\[(\d+)\]/.exec(problem.path);
  if (node) return graph.nodes[Number(node[1])]?.id;
  const edge = /^edges\[(\d+)\]/.exec(problem.path);
  if (edge) return graph.edges[Number(edge[1])]?.source;
  const root = /^meta\.roots\[(\d+)\]/.exec(problem.path);
  if (root) return graph.meta.roots[Number(root[1])];
  return undefined;
}
