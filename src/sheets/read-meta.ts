import type { ProblemCell } from '../domain/problems';
import { FORMAT_VERSION } from '../domain/vocabulary';
import { META_KEYS, metaKeyOf, splitList, type MetaKey } from './columns';
import type { ImportContext } from './import-context';
import type { ReadTable } from './table';

/** Where each meta key lands in the graph file. */
const PATHS: Record<MetaKey, string> = {
  title_zh: 'meta.title.zh',
  title_en: 'meta.title.en',
  source_title: 'meta.source.title',
  author: 'meta.source.author',
  publication: 'meta.source.publication',
  year: 'meta.source.year',
  language: 'meta.source.language',
  source_file: 'meta.source.file',
  front_matter: 'meta.source.frontMatter',
  json_schema: '$schema',
};

/** Said when the meta sheet leaves a key out: the graph format needs every one. */
const NOT_STATED = '未注明';

/**
 * The graph file around the nodes and edges: the meta sheet's keys, with defaults for the sheet (or a key) left
 * out — the title from the first root's label, the current year, Chinese, `source.txt`. The roots are the nodes
 * without a parent, in row order.
 */
export function assembleGraph(
  metaTable: ReadTable<'meta'> | undefined,
  nodes: readonly Record<string, unknown>[],
  edges: readonly Record<string, unknown>[],
  ctx: ImportContext,
): Record<string, unknown> {
  const values = new Map<MetaKey, string>();
  for (const r of metaTable?.rows ?? []) {
    const key = metaKeyOf(r.get('key'));
    if (!key) {
      ctx.add(
        'meta-key-unknown',
        { key: r.get('key'), known: Object.keys(META_KEYS).join(', ') },
        metaTable!.cell(r.row, 'key'),
      );
      continue;
    }
    values.set(key, r.get('value'));
    const place: ProblemCell = metaTable!.cell(r.row, 'value');
    ctx.where.set(PATHS[key], place);
    if (key === 'title_zh' || key === 'title_en') ctx.where.set('meta.title', place);
  }
  const hasParent = new Set(edges.filter((e) => e.relation === 'part-of').map((e) => e.source));
  const roots = nodes.map((n) => n.id as string).filter((id) => !hasParent.has(id));
  // Titled after the first root (or, when a cycle leaves none, the first node).
  const firstRoot = (nodes.find((n) => n.id === roots[0]) ?? nodes[0])?.label as
    { zh?: string; en?: string } | undefined;
  const get = (key: MetaKey, fallback: string) => values.get(key) || fallback;
  const number = (text: string) => (/^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text);
  const titleZh = get('title_zh', firstRoot?.zh ?? '');
  const frontMatter = values.get('front_matter');
  const schema = values.get('json_schema');
  return {
    ...(schema ? { $schema: schema } : {}),
    formatVersion: FORMAT_VERSION,
    meta: {
      title: { zh: titleZh, en: get('title_en', firstRoot?.en ?? '') },
      source: {
        title: get('source_title', titleZh),
        author: get('author', NOT_STATED),
        publication: get('publication', NOT_STATED),
        year: number(get('year', String(new Date().getFullYear()))),
        language: get('language', 'zh-CN'),
        file: get('source_file', 'source.txt'),
        ...(frontMatter ? { frontMatter: splitList(frontMatter.replace(/[,，、]/g, '|')).map(number) } : {}),
      },
      roots,
    },
    nodes,
    edges,
  };
}
