import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from '../domain/vocabulary';
import type { Lang } from '../i18n/lang';
import { zh } from '../i18n/zh';

/**
 * The spreadsheet format: which sheets, which columns, which meta keys, each with its English name and the
 * Chinese one a planning office would write. docs/authoring.md documents the same lists.
 */
const NODE_COLUMNS = {
  id: '编号',
  parent: '上级',
  kind: '类型',
  label_zh: '名称',
  label_en: '英文名称',
  aliases: '别名',
  summary_zh: '说明',
  summary_en: '英文说明',
  quote: '原文',
  paragraph: '段落',
  figures: '数据',
} as const;
const EDGE_COLUMNS = {
  source: '起点',
  target: '终点',
  relation: '关系',
  quote: '原文',
  paragraph: '段落',
} as const;
const META_COLUMNS = { key: '项目', value: '值' } as const;

export const SHEETS = { nodes: NODE_COLUMNS, edges: EDGE_COLUMNS, meta: META_COLUMNS } as const;
export type SheetKind = keyof typeof SHEETS;
export type NodeField = keyof typeof NODE_COLUMNS;
export type EdgeField = keyof typeof EDGE_COLUMNS;
export type MetaField = keyof typeof META_COLUMNS;
export type Field<K extends SheetKind> = keyof (typeof SHEETS)[K] & string;

/** Columns a sheet cannot do without; the rest may be left out. */
export const REQUIRED: { [K in SheetKind]: readonly Field<K>[] } = {
  nodes: ['kind', 'label_zh', 'label_en', 'summary_zh', 'summary_en', 'quote'],
  edges: ['source', 'target', 'relation'],
  meta: ['key', 'value'],
};

export const META_KEYS = {
  title_zh: '标题',
  title_en: '英文标题',
  source_title: '原文标题',
  author: '作者',
  publication: '出处',
  year: '年份',
  language: '语言',
  source_file: '原文文件',
  front_matter: '卷首段落',
  json_schema: 'JSON 架构',
} as const;
export type MetaKey = keyof typeof META_KEYS;

/** Headers and keys compare without case, spaces, hyphens or full-width forms: `Label ZH` is `label_zh`. */
export const normaliseName = (s: string) =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s\-_]+/g, '_');

function lookup<T extends string>(names: Record<T, string>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [en, zhName] of Object.entries(names) as [T, string][]) {
    map.set(normaliseName(en), en);
    map.set(normaliseName(zhName), en);
  }
  return map;
}

const fieldLookups = {
  nodes: lookup(NODE_COLUMNS),
  edges: lookup(EDGE_COLUMNS),
  meta: lookup(META_COLUMNS),
};
export const fieldOf = <K extends SheetKind>(kind: K, header: string): Field<K> | undefined =>
  fieldLookups[kind].get(normaliseName(header)) as Field<K> | undefined;

const metaKeys = lookup(META_KEYS);
export const metaKeyOf = (key: string): MetaKey | undefined => metaKeys.get(normaliseName(key));

/** The column headers as written in one language: English names or the Chinese ones. */
export function headerNames<K extends SheetKind>(kind: K, lang: Lang): string[] {
  return Object.entries(SHEETS[kind]).map(([en, zhName]) => (lang === 'zh' ? String(zhName) : en));
}
export const metaKeyName = (key: MetaKey, lang: Lang) => (lang === 'zh' ? META_KEYS[key] : key);

/** Kinds by their code (`goal`) or the legend's word (`目标`). */
const kindWords = new Map<string, NodeKind>(
  NODE_KINDS.flatMap((k) => [
    [normaliseName(k), k],
    [normaliseName(zh[`kind.${k}`]), k],
  ]),
);
export const kindOf = (value: string): NodeKind | undefined => kindWords.get(normaliseName(value));
export const kindWord = (kind: NodeKind, lang: Lang) => (lang === 'zh' ? zh[`kind.${kind}`] : kind);
export const kindChoices = () => NODE_KINDS.map((k) => `${k} ${zh[`kind.${k}`]}`).join(', ');

/** Relations by their code or the legend's word: 组成（属于）, also written 组成 or 属于; 支撑. */
const relationWords = new Map<string, Relation>([
  ...RELATIONS.flatMap((r): [string, Relation][] => [
    [normaliseName(r), r],
    [normaliseName(zh[`relation.${r}`]), r],
  ]),
  [normaliseName('组成'), 'part-of'],
  [normaliseName('属于'), 'part-of'],
  [normaliseName('part of'), 'part-of'],
]);
export const relationOf = (value: string): Relation | undefined => relationWords.get(normaliseName(value));
export const relationWord = (r: Relation, lang: Lang) => (lang === 'zh' ? zh[`relation.${r}`] : r);
export const relationChoices = () => RELATIONS.map((r) => `${r} ${zh[`relation.${r}`]}`).join(', ');

/** Several values in one cell (aliases, figures, front matter) are separated by `|`. */
export const splitList = (cell: string) =>
  cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
export const joinList = (values: readonly (string | number)[]) => values.join(' | ');
