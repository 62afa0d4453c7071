import type { GraphFile } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { headerNames, joinList, kindWord, metaKeyName, relationWord, type MetaKey } from './columns';
import { formatFigures } from './figures-cell';
import type { Table } from './table';

/**
 * A graph as the three sheets of the spreadsheet format, headers and words in the reader's language. Every
 * part-of edge is a node's parent; the edges sheet holds the supports edges and the part-of edges that carry a
 * quote (which repeat the parent and add the quote). Importing the result gives the same graph back.
 */
export function graphToTables(graph: GraphFile, lang: Lang, file = 'graph.xlsx'): Table[] {
  const parent = new Map<string, string>();
  for (const e of graph.edges)
    if (e.relation === 'part-of' && !parent.has(e.source)) parent.set(e.source, e.target);

  const nodes = graph.nodes.map((n) => [
    n.id,
    parent.get(n.id) ?? '',
    kindWord(n.kind, lang),
    n.label.zh,
    n.label.en,
    joinList(n.aliases ?? []),
    n.summary.zh,
    n.summary.en,
    n.evidence.quote,
    String(n.evidence.paragraph),
    formatFigures(n.figures ?? []),
  ]);
  const edges = graph.edges
    .filter((e) => e.relation === 'supports' || e.evidence || parent.get(e.source) !== e.target)
    .map((e) => [
      e.source,
      e.target,
      relationWord(e.relation, lang),
      e.evidence?.quote ?? '',
      e.evidence ? String(e.evidence.paragraph) : '',
    ]);
  const { title, source } = graph.meta;
  const meta: [MetaKey, string | undefined][] = [
    ['title_zh', title.zh],
    ['title_en', title.en],
    ['source_title', source.title],
    ['author', source.author],
    ['publication', source.publication],
    ['year', String(source.year)],
    ['language', source.language],
    ['source_file', source.file],
    ['front_matter', source.frontMatter && joinList(source.frontMatter)],
    ['json_schema', graph.$schema],
  ];
  return [
    { name: 'nodes', file, rows: [headerNames('nodes', lang), ...nodes] },
    { name: 'edges', file, rows: [headerNames('edges', lang), ...edges] },
    {
      name: 'meta',
      file,
      rows: [
        headerNames('meta', lang),
        ...meta.filter((m): m is [MetaKey, string] => !!m[1]).map(([k, v]) => [metaKeyName(k, lang), v]),
      ],
    },
  ];
}
