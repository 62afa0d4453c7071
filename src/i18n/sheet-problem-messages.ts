import type { ProblemCell, ProblemCode, ProblemParams } from '../domain/problems';
import { FIGURE_UNIT_NAMES } from '../domain/vocabulary';
import type { Lang } from './lang';

/** The words for problems of spreadsheets and outlines (src/sheets), and for where in a sheet a problem is. */
type SheetCode = Extract<
  ProblemCode,
  | 'file-type-unknown'
  | 'text-encoding'
  | 'zip-unreadable'
  | 'unzipped-too-large'
  | 'sheet-missing'
  | 'sheet-twice'
  | 'sheet-too-many-rows'
  | 'csv-syntax'
  | 'column-unknown'
  | 'column-missing'
  | 'reference-unknown'
  | 'reference-ambiguous'
  | 'kind-unknown'
  | 'relation-unknown'
  | 'figure-format'
  | 'figure-unit'
  | 'paragraph-ambiguous'
  | 'paragraph-needs-source'
  | 'meta-key-unknown'
  | 'outline-line'
>;
type Templates = Record<SheetCode, (p: ProblemParams) => string>;

const mb = (bytes: string | number | undefined) => (Number(bytes) / (1024 * 1024)).toFixed(1);
const UNITS = FIGURE_UNIT_NAMES.filter(Boolean).join(' ');

export const sheetEn: Templates = {
  'file-type-unknown': (p) =>
    `"${p.name}" is not a file this app reads: a graph .json, a workbook .xlsx, .csv or .tsv sheets (or a .zip of them), a Markdown outline .md, and the source text as .txt or .docx.`,
  'text-encoding': () => 'The text is neither UTF-8 nor GB18030 (GBK); save it as UTF-8.',
  'zip-unreadable': () => 'The file cannot be read: it is damaged, or not an Excel, Word or zip file.',
  'unzipped-too-large': (p) =>
    `Unpacked, the file would be ${mb(p.bytes)} MB; over ${mb(p.max)} MB is refused (a damaged or hostile file).`,
  'sheet-missing': (p) =>
    `No sheet of nodes was found (found: ${p.found}). Its first row must be the headers, with label_zh or id (名称 or 编号).`,
  'sheet-twice': (p) => `A second ${p.kind} sheet: "${p.first}" is one already. Keep one.`,
  'sheet-too-many-rows': (p) =>
    `The sheet has ${p.count} rows; at most ${p.max} are allowed. Split it into smaller graphs.`,
  'csv-syntax': () => 'This CSV row is broken: a quotation mark is not closed.',
  'column-unknown': (p) =>
    p.twice
      ? `The column "${p.header}" appears twice.`
      : `Unknown column "${p.header}". Columns: ${p.known}.`,
  'column-missing': (p) => `The column ${p.column} is missing.`,
  'reference-unknown': (p) =>
    p.ref
      ? `"${p.ref}" is neither the id nor the Chinese label of any node.`
      : 'Empty: write the id or the exact Chinese label of a node.',
  'reference-ambiguous': (p) =>
    `"${p.ref}" is the label of several nodes (rows ${p.rows}); write the id of the one you mean.`,
  'kind-unknown': (p) =>
    `${p.value ? `"${p.value}" is not a kind` : 'The kind is empty'}. One of: ${p.choices}.`,
  'relation-unknown': (p) =>
    `${p.value ? `"${p.value}" is not a relation` : 'The relation is empty'}. One of: ${p.choices}.`,
  'figure-format': (p) =>
    `Cannot read the figure "${p.text}": write <value><unit> <what> / <what in English>, e.g. 1275亿元 总投资 / total investment.`,
  'figure-unit': (p) => `"${p.unit}" in "${p.text}" is not one of the units: ${UNITS}, or none.`,
  'paragraph-ambiguous': (p) =>
    `The quote occurs in paragraphs ${p.paragraphs} of the source; write which paragraph.`,
  'paragraph-needs-source': () =>
    'No paragraph, and no source text to find it in: write the paragraph, or open the source .txt or .docx with the sheet.',
  'meta-key-unknown': (p) => `Unknown key "${p.key}". Keys: ${p.known}.`,
  'outline-line': () => 'This line comes before the first heading or list item, so it belongs to no node.',
};

export const sheetZh: Templates = {
  'file-type-unknown': (p) =>
    `无法识别“${p.name}”：可打开图谱 JSON、Excel 工作簿 .xlsx、CSV / TSV 表格（或其 .zip 压缩包）、Markdown 大纲 .md；原文可为 .txt 或 .docx。`,
  'text-encoding': () => '文本既不是 UTF-8 也不是 GB18030（GBK）编码；请另存为 UTF-8。',
  'zip-unreadable': () => '无法读取此文件：文件已损坏，或不是 Excel、Word 或 zip 文件。',
  'unzipped-too-large': (p) =>
    `此文件解压后为 ${mb(p.bytes)} MB，超过 ${mb(p.max)} MB 的不予打开（文件已损坏或有害）。`,
  'sheet-missing': (p) =>
    `找不到节点表（现有：${p.found}）。节点表第一行须为表头，含“名称”或“编号”（label_zh / id）。`,
  'sheet-twice': (p) => `又一个 ${p.kind} 表：“${p.first}”已是 ${p.kind} 表。请只保留一个。`,
  'sheet-too-many-rows': (p) => `此表有 ${p.count} 行，最多允许 ${p.max} 行；请拆分为较小的图谱。`,
  'csv-syntax': () => '此行 CSV 格式有误：引号未闭合。',
  'column-unknown': (p) =>
    p.twice ? `列“${p.header}”出现了两次。` : `未知的列“${p.header}”。此表的列：${p.known}。`,
  'column-missing': (p) => `缺少 ${p.column} 列。`,
  'reference-unknown': (p) =>
    p.ref
      ? `“${p.ref}”既不是任何节点的编号，也不是任何节点的中文名称。`
      : '为空：请填写节点的编号或准确的中文名称。',
  'reference-ambiguous': (p) => `“${p.ref}”是多个节点（第 ${p.rows} 行）共用的名称；请改填所指节点的编号。`,
  'kind-unknown': (p) => `${p.value ? `“${p.value}”不是节点类型` : '类型为空'}。可选：${p.choices}。`,
  'relation-unknown': (p) => `${p.value ? `“${p.value}”不是关系` : '关系为空'}。可选：${p.choices}。`,
  'figure-format': (p) =>
    `无法读取数据“${p.text}”：格式为“数值单位 说明 / 英文说明”，例如 1275亿元 总投资 / total investment。`,
  'figure-unit': (p) => `“${p.text}”中的“${p.unit}”不是可用的单位：${UNITS}，或不带单位。`,
  'paragraph-ambiguous': (p) => `引文在原文第 ${p.paragraphs} 段都出现；请填写是哪一段。`,
  'paragraph-needs-source': () =>
    '段落为空，又没有原文可供查找：请填写段落，或与表格一同打开原文 .txt / .docx。',
  'meta-key-unknown': (p) => `未知的项目“${p.key}”。可用：${p.known}。`,
  'outline-line': () => '此行位于第一个标题或列表项之前，不属于任何节点。',
};

/** `nodes 第 12 行 · 原文（H 列）` / `nodes row 12 · quote (column H)`. */
export function formatCell(cell: ProblemCell, lang: Lang): string {
  const parts = [cell.sheet];
  if (cell.row !== undefined) parts.push(lang === 'zh' ? `第 ${cell.row} 行` : `row ${cell.row}`);
  const where = parts.join(' ');
  if (!cell.column) return where;
  const letter = cell.letter ? (lang === 'zh' ? `（${cell.letter} 列）` : ` (column ${cell.letter})`) : '';
  return `${where} · ${cell.column}${letter}`;
}
