import type { ProblemCell } from '../domain/problems';
import { relationChoices, relationOf } from './columns';
import { paragraphOf, type ImportContext } from './import-context';
import type { NodeDraft, Resolve } from './read-nodes';
import type { ReadTable } from './table';

interface EdgeDraft {
  edge: { source: string; target: string; relation: string; evidence?: unknown };
  /** Where each part of the edge is written: the parent cell of a node row, or the cells of an edges row. */
  places: Record<string, ProblemCell>;
  /** Part-of edges are ordered by their node's row; supports edges keep the order of the edges sheet. */
  order: number;
}

/**
 * The edges of the graph: a part-of edge for each node row's parent, and the rows of the edges sheet. An edges
 * row that repeats a parent (part-of, same source and target) is that same edge and only adds its quote.
 * The result is in a fixed order — part-of edges by their node's row, then supports edges as listed — the
 * order `canonicalGraph` gives any graph, so a graph exported and imported again is the same file.
 */
export function readEdges(
  drafts: readonly NodeDraft[],
  edgesTable: ReadTable<'edges'> | undefined,
  resolve: Resolve,
  nodeCell: (row: number, field: 'parent') => ProblemCell,
  ctx: ImportContext,
): Record<string, unknown>[] {
  const index = new Map(drafts.map((d, i) => [d.id, i]));
  const partOf: EdgeDraft[] = [];
  const fromParent = new Map<string, EdgeDraft>();
  drafts.forEach((d, i) => {
    if (!d.parentRef) return;
    const place = nodeCell(d.row, 'parent');
    const target = resolve(d.parentRef, place);
    if (target === undefined) return;
    const draft: EdgeDraft = {
      edge: { source: d.id, target, relation: 'part-of' },
      places: { '': place, '.source': place, '.target': place, '.relation': place },
      order: i,
    };
    partOf.push(draft);
    if (!fromParent.has(d.id)) fromParent.set(d.id, draft);
  });

  const supports: EdgeDraft[] = [];
  for (const r of edgesTable?.rows ?? []) {
    const cell = (field: Parameters<ReadTable<'edges'>['cell']>[1]) => edgesTable!.cell(r.row, field);
    const end = (field: 'source' | 'target') => {
      const ref = r.get(field);
      if (!ref) ctx.add('reference-unknown', { ref }, cell(field));
      return ref ? resolve(ref, cell(field)) : undefined;
    };
    const source = end('source');
    const target = end('target');
    const relationText = r.get('relation');
    const relation = relationOf(relationText);
    if (!relation)
      ctx.add('relation-unknown', { value: relationText, choices: relationChoices() }, cell('relation'));
    const quote = r.get('quote');
    const evidence = quote
      ? { quote, paragraph: paragraphOf(ctx, quote, r.get('paragraph'), cell('paragraph')) }
      : undefined;
    if (source === undefined || target === undefined || !relation) continue;
    const evidencePlaces = {
      '.evidence': cell('quote'),
      '.evidence.quote': cell('quote'),
      '.evidence.paragraph': cell('paragraph'),
    };
    const same = relation === 'part-of' ? fromParent.get(source) : undefined;
    if (same && same.edge.target === target && !same.edge.evidence) {
      if (evidence) same.edge.evidence = evidence;
      Object.assign(same.places, evidencePlaces);
      continue;
    }
    const draft: EdgeDraft = {
      edge: { source, target, relation, ...(evidence ? { evidence } : {}) },
      places: {
        '': cell('source'),
        '.source': cell('source'),
        '.target': cell('target'),
        '.relation': cell('relation'),
        ...evidencePlaces,
      },
      order: index.get(source) ?? 0,
    };
    (relation === 'part-of' ? partOf : supports).push(draft);
  }

  partOf.sort((a, b) => a.order - b.order);
  return [...partOf, ...supports].map((d, i) => {
    for (const [suffix, place] of Object.entries(d.places)) ctx.where.set(`edges[${i}]${suffix}`, place);
    return d.edge;
  });
}
