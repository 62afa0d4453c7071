import type { Problem, ProblemCode, ProblemParams } from '../domain/problems';
import type { Lang } from './lang';
import { formatCell, sheetEn, sheetZh } from './sheet-problem-messages';

type Templates = Record<ProblemCode, (p: ProblemParams) => string>;

const en: Templates = {
  'file-too-large': (p) => `The file is ${mb(p.bytes)} MB; files over ${mb(p.max)} MB are refused.`,
  'file-not-utf8': (p) =>
    p.encoding === 'UTF-16'
      ? 'The file is UTF-16; save it as UTF-8.'
      : 'The file is not valid UTF-8 text; save it as UTF-8.',
  'json-syntax': (p) => `This is not valid JSON (line ${p.line}, column ${p.column}): ${p.detail}`,
  'too-deep': (p) =>
    `Values are nested more than ${p.max} levels deep (line ${p.line}, column ${p.column}); a graph file never is.`,
  'too-many-nodes': (p) =>
    `The graph has ${count(p.count)} nodes; at most ${count(p.max)} are allowed. Split it into smaller graphs.`,
  'too-many-edges': (p) =>
    `The graph has ${count(p.count)} edges; at most ${count(p.max)} are allowed. Split it into smaller graphs.`,
  schema: (p) => schemaEn(p),
  'duplicate-id': (p) => `The id "${p.id}" is used twice: here and at ${p.first}.`,
  'edge-unknown-node': (p) => `The edge's ${p.end} "${p.id}" is not the id of any node.`,
  'self-loop': (p) => `The edge goes from "${p.id}" to itself.`,
  'duplicate-edge': (p) => `The ${p.relation} edge ${p.source} → ${p.target} is already at ${p.first}.`,
  'two-parents': (p) =>
    `"${p.id}" is part of both "${p.first}" and "${p.second}"; part-of allows one parent per node.`,
  'part-of-cycle': (p) => `part-of edges form a cycle: ${p.ids}.`,
  'parentless-not-root': (p) =>
    `"${p.id}" is part of nothing and is not listed in meta.roots; give it a part-of edge or list it as a root.`,
  'root-has-parent': (p) => `The root "${p.id}" is part of "${p.parent}"; a root has no parent.`,
  'root-unknown': (p) => `The root "${p.id}" is not the id of any node.`,
  'duplicate-root': (p) => `The root "${p.id}" is listed twice.`,
  'paragraph-out-of-range': (p) =>
    `The source text has ${p.count} paragraphs; there is no paragraph ${p.paragraph}.` +
    (Number(p.actual) > 0 ? ` The quote is in paragraph ${p.actual}.` : ''),
  'quote-not-in-source': (p) =>
    p.nearest
      ? `The quote "${p.quote}" is not in the source text. Nearest passage (paragraph ${p.nearestParagraph}): "${p.nearest}".`
      : `The quote "${p.quote}" is not in the source text, nor anything like it.`,
  'quote-in-other-paragraph': (p) => `The quote is in paragraph ${p.actual}, not paragraph ${p.paragraph}.`,
  'source-missing': (p) => `The file "${p.name}" could not be read.`,
  'index-default-unknown': (p) => `The default graph "${p.id}" is not one of the listed graphs.`,
  'foreign-origin': (p) => `Graphs are only opened from this site; "${p.url}" is elsewhere.`,
  // tours
  'tour-unknown-node': (p) => `"${p.id}" is not the id of any node of this graph.`,
  'tour-focus-hidden': (p) =>
    `The focus "${p.id}" is not shown by this step: list it in reveal, or reveal a node below it.`,
  'tour-file-name': (p) =>
    `The tour's id is "${p.id}" but the file is "${p.name}"; name the file after the id.`,
  'tour-duplicate-id': (p) => `The tour id "${p.id}" is already used by ${p.first}.`,
  ...sheetEn,
};

const zh: Templates = {
  'file-too-large': (p) => `文件大小为 ${mb(p.bytes)} MB，超过 ${mb(p.max)} MB 的文件不予打开。`,
  'file-not-utf8': (p) =>
    p.encoding === 'UTF-16'
      ? '文件是 UTF-16 编码，请另存为 UTF-8。'
      : '文件不是有效的 UTF-8 文本，请另存为 UTF-8。',
  'json-syntax': (p) => `不是有效的 JSON（第 ${p.line} 行第 ${p.column} 列）：${p.detail}`,
  'too-deep': (p) => `数据嵌套超过 ${p.max} 层（第 ${p.line} 行第 ${p.column} 列），图谱文件不会如此。`,
  'too-many-nodes': (p) =>
    `图谱有 ${count(p.count)} 个节点，最多允许 ${count(p.max)} 个；请拆分为较小的图谱。`,
  'too-many-edges': (p) =>
    `图谱有 ${count(p.count)} 条关系，最多允许 ${count(p.max)} 条；请拆分为较小的图谱。`,
  schema: (p) => schemaZh(p),
  'duplicate-id': (p) => `标识“${p.id}”重复：此处与 ${p.first}。`,
  'edge-unknown-node': (p) => `关系的${p.end === 'source' ? '起点' : '终点'}“${p.id}”不是任何节点的标识。`,
  'self-loop': (p) => `关系从“${p.id}”指向它自己。`,
  'duplicate-edge': (p) => `${p.relation} 关系 ${p.source} → ${p.target} 已在 ${p.first} 出现。`,
  'two-parents': (p) => `“${p.id}”同时属于“${p.first}”和“${p.second}”；每个节点只能有一个上级。`,
  'part-of-cycle': (p) => `从属关系形成了环：${p.ids}。`,
  'parentless-not-root': (p) =>
    `“${p.id}”不属于任何节点，也未列入 meta.roots；请为它添加上级，或列为根节点。`,
  'root-has-parent': (p) => `根节点“${p.id}”属于“${p.parent}”；根节点不应有上级。`,
  'root-unknown': (p) => `根节点“${p.id}”不是任何节点的标识。`,
  'duplicate-root': (p) => `根节点“${p.id}”重复列出。`,
  'paragraph-out-of-range': (p) =>
    `原文共 ${p.count} 段，没有第 ${p.paragraph} 段。` +
    (Number(p.actual) > 0 ? `引文在第 ${p.actual} 段。` : ''),
  'quote-not-in-source': (p) =>
    p.nearest
      ? `引文“${p.quote}”不在原文中。最接近的原文（第 ${p.nearestParagraph} 段）：“${p.nearest}”。`
      : `引文“${p.quote}”不在原文中，也没有相近的段落。`,
  'quote-in-other-paragraph': (p) => `引文在第 ${p.actual} 段，而不是第 ${p.paragraph} 段。`,
  'source-missing': (p) => `无法读取文件“${p.name}”。`,
  'index-default-unknown': (p) => `默认图谱“${p.id}”不在所列图谱之中。`,
  'foreign-origin': (p) => `只能打开本站的图谱；“${p.url}”来自其他网站。`,
  // 导览
  'tour-unknown-node': (p) => `“${p.id}”不是本图谱中任何节点的标识。`,
  'tour-focus-hidden': (p) => `焦点“${p.id}”在这一步中不显示：请把它列入 reveal，或展示它下面的节点。`,
  'tour-file-name': (p) => `导览标识为“${p.id}”，文件名却是“${p.name}”；文件应以标识命名。`,
  'tour-duplicate-id': (p) => `导览标识“${p.id}”已被 ${p.first} 使用。`,
  ...sheetZh,
};

function mb(bytes: string | number | undefined): string {
  return (Number(bytes) / (1024 * 1024)).toFixed(1);
}

/** 20001 → "20,001": grouped the same way in both languages, independent of the runtime's locale data. */
function count(n: string | number | undefined): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const formatsEn: Record<string, string> = {
  id: 'Must be lower-case ASCII kebab-case, e.g. "goal-agri-zone".',
  language: 'Must be a language tag such as "zh-CN".',
  'source-file': 'Must be the name of a .txt file next to graph.json.',
  'graph-path': 'Must look like "<graph-id>/graph.json".',
  'caption-zh': 'At most 80 characters: a visitor reads a caption in about ten seconds.',
  'caption-en': 'At most 240 characters: a visitor reads a caption in about ten seconds.',
};
const formatsZh: Record<string, string> = {
  id: '须为小写 ASCII 短横线格式，例如“goal-agri-zone”。',
  language: '须为语言代码，例如“zh-CN”。',
  'source-file': '须为与 graph.json 同目录的 .txt 文件名。',
  'graph-path': '须形如“<图谱标识>/graph.json”。',
  'caption-zh': '最多 80 个字：观众读一条说明约需十秒。',
  'caption-en': '最多 240 个字符：观众读一条说明约需十秒。',
};

function schemaEn(p: ProblemParams): string {
  if (p.format) return formatsEn[p.format] ?? String(p.detail);
  switch (p.issue) {
    case 'invalid_type':
      return p.received === 'undefined'
        ? `Required: expected ${p.expected}.`
        : `Expected ${p.expected}, got ${p.received}.`;
    case 'too_small':
      return p.minimum === 1 ? 'Must not be empty.' : `Must be at least ${p.minimum}.`;
    case 'too_big':
      return `Must be at most ${p.maximum}.`;
    case 'invalid_value':
      return `Must be one of: ${p.values}.`;
    case 'unrecognized_keys':
      return `Unknown field(s): ${p.keys}.`;
    default:
      return String(p.detail);
  }
}

const TYPES_ZH: Record<string, string> = {
  object: '对象',
  array: '数组',
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  null: 'null',
  undefined: '空',
};
const typeZh = (t: unknown) => TYPES_ZH[String(t)] ?? String(t);

function schemaZh(p: ProblemParams): string {
  if (p.format) return formatsZh[p.format] ?? String(p.detail);
  switch (p.issue) {
    case 'invalid_type':
      return p.received === 'undefined'
        ? `缺少必填项，应为${typeZh(p.expected)}。`
        : `应为${typeZh(p.expected)}，实际为${typeZh(p.received)}。`;
    case 'too_small':
      return p.minimum === 1 ? '不能为空。' : `不能小于 ${p.minimum}。`;
    case 'too_big':
      return `不能超过 ${p.maximum}。`;
    case 'invalid_value':
      return `只能是以下之一：${p.values}。`;
    case 'unrecognized_keys':
      return `未知字段：${p.keys}。`;
    default:
      return String(p.detail);
  }
}

const templates: Record<Lang, Templates> = { zh, en };

export function formatProblem(problem: Problem, lang: Lang): string {
  return templates[lang][problem.code](problem.params);
}

/** Where a problem is: the sheet, row and column of a spreadsheet or outline, else the JSON path. */
export function formatProblemPlace(problem: Problem, lang: Lang): string {
  return problem.cell ? formatCell(problem.cell, lang) : problem.path;
}

/** One line for terminals and overlays: `file · path: message`. */
export function formatProblemLine(problem: Problem, lang: Lang): string {
  const place = formatProblemPlace(problem, lang);
  const where = place ? `${problem.file} · ${place}` : problem.file;
  return `${where}: ${formatProblem(problem, lang)}`;
}
