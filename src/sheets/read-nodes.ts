import type { ProblemCell } from '../domain/problems';
import { kindChoices, kindOf, splitList } from './columns';
import { parseFigures } from './figures-cell';
import { paragraphOf, type ImportContext } from './import-context';
import { idGenerator } from './node-ids';
import type { ReadTable } from './table';

/** A node row turned into the graph's node, with what is needed to resolve its parent. */
export interface NodeDraft {
  row: number;
  id: string;
  labelZh: string;
  parentRef: string;
  node: Record<string, unknown>;
}

export type Resolve = (ref: string, place: ProblemCell) => string | undefined;

export function readNodes(t: ReadTable<'nodes'>, ctx: ImportContext): NodeDraft[] {
  const nextId = idGenerator(new Set(t.rows.map((r) => r.get('id')).filter(Boolean)));
  return t.rows.map((r, i) => {
    const cell = (field: Parameters<typeof t.cell>[1]) => t.cell(r.row, field);
    const id = r.get('id') || nextId(r.get('label_en'), r.get('label_zh'));
    const kindText = r.get('kind');
    const kind = kindOf(kindText);
    if (!kind) ctx.add('kind-unknown', { value: kindText, choices: kindChoices() }, cell('kind'));
    const quote = r.get('quote');
    const paragraph = paragraphOf(ctx, quote, r.get('paragraph'), cell('paragraph'));
    const aliases = splitList(r.get('aliases'));
    const figures = parseFigures(r.get('figures'));
    if (!figures.ok)
      ctx.add(
        figures.unit ? 'figure-unit' : 'figure-format',
        { text: figures.text, unit: figures.unit ?? '' },
        cell('figures'),
      );

    const at = `nodes[${i}]`;
    const fields: [string, Parameters<typeof t.cell>[1]][] = [
      // A node's whole-row problems (a part-of cycle) are about its parent.
      ['', 'parent'],
      ['.id', 'id'],
      ['.kind', 'kind'],
      ['.label', 'label_zh'],
      ['.label.zh', 'label_zh'],
      ['.label.en', 'label_en'],
      ['.aliases', 'aliases'],
      ['.summary', 'summary_zh'],
      ['.summary.zh', 'summary_zh'],
      ['.summary.en', 'summary_en'],
      ['.figures', 'figures'],
      ['.evidence', 'quote'],
      ['.evidence.quote', 'quote'],
      ['.evidence.paragraph', 'paragraph'],
    ];
    for (const [suffix, field] of fields) ctx.where.set(at + suffix, cell(field));

    return {
      row: r.row,
      id,
      labelZh: r.get('label_zh'),
      parentRef: r.get('parent'),
      node: {
        id,
        kind: kind ?? 'concept',
        label: { zh: r.get('label_zh'), en: r.get('label_en') },
        ...(aliases.length ? { aliases } : {}),
        summary: { zh: r.get('summary_zh'), en: r.get('summary_en') },
        ...(figures.ok && figures.figures.length ? { figures: figures.figures } : {}),
        evidence: { quote, paragraph },
      },
    };
  });
}

/**
 * Parents, sources and targets are written as an id or as the exact Chinese label. An id wins; a label two
 * nodes share (such as 一带) is refused with the rows that share it, asking for the id.
 */
export function referenceResolver(drafts: readonly NodeDraft[], ctx: ImportContext): Resolve {
  const byId = new Map<string, NodeDraft>();
  const byLabel = new Map<string, NodeDraft[]>();
  for (const d of drafts) {
    if (!byId.has(d.id)) byId.set(d.id, d);
    const list = byLabel.get(d.labelZh);
    if (list) list.push(d);
    else byLabel.set(d.labelZh, [d]);
  }
  return (ref, place) => {
    const hit = byId.get(ref);
    if (hit) return hit.id;
    const labelled = byLabel.get(ref) ?? [];
    if (labelled.length === 1) return labelled[0]!.id;
    if (labelled.length > 1)
      ctx.add('reference-ambiguous', { ref, rows: labelled.map((d) => d.row).join(', ') }, place);
    else ctx.add('reference-unknown', { ref }, place);
    return undefined;
  };
}
