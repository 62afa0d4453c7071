import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { zipSync } from 'fflate';
import type { Problem } from '../src/domain/problems';
import { formatProblem, formatProblemPlace } from '../src/i18n/problem-messages';
import { parseCsv } from '../src/sheets/csv';
import { parseFigures } from '../src/sheets/figures-cell';
import { parseOutline } from '../src/sheets/outline';
import { readImportFiles } from '../src/sheets/read-import-files';
import type { Table } from '../src/sheets/table';
import { tablesToGraph } from '../src/sheets/tables-to-graph';
import { decodeText } from '../src/sheets/text-files';
import { readZip } from '../src/sheets/zip-entries';
import { badSheets, docxOf, planSheets, SOURCE, SOURCE_TEXT, xlsxOf, zipBomb } from '../e2e/import-fixtures';

const tables = (s: ReturnType<typeof planSheets>, file = 'plan.xlsx'): Table[] =>
  Object.entries(s).map(([name, rows]) => ({ name, file, rows: rows as string[][] }));
const problemsOf = (t: Table[], source: string | undefined = SOURCE_TEXT): Problem[] => {
  const r = tablesToGraph(t, source);
  return r.ok ? [] : r.problems;
};
const lines = (problems: Problem[], lang: 'zh' | 'en' = 'zh') =>
  problems.map((p) => [formatProblemPlace(p, lang), formatProblem(p, lang)].filter(Boolean).join(': '));

describe('a spreadsheet to a graph', () => {
  it('reads the invented plan with Chinese headers, kinds, relations and parents given by label', () => {
    const r = tablesToGraph(tables(planSheets(true)), SOURCE_TEXT);
    expect(r.ok && r.graph.nodes.length).toBe(20);
    if (!r.ok) return;
    const node = (id: string) => r.graph.nodes.find((n) => n.id === id)!;
    expect(node('place-food-park').kind).toBe('place');
    expect(node('project-apple-base').evidence).toEqual({
      quote: '建设万亩苹果基地，总投资12亿元',
      paragraph: 4,
    });
    expect(node('project-apple-base').figures).toEqual([
      { value: 12, unit: '亿元', what: { zh: '总投资', en: 'total investment' } },
    ]);
    expect(r.graph.edges).toContainEqual({
      source: 'goal-fruit',
      target: 'part-industry',
      relation: 'part-of',
    });
    expect(r.graph.edges.filter((e) => e.relation === 'supports')).toHaveLength(6);
    expect(r.graph.meta.roots).toEqual(['plan-hewan']);
    expect(r.graph.meta.source.frontMatter).toEqual([1, 2]);
  });

  it('names every mistake by sheet, row and column, in both languages', () => {
    const found = lines(problemsOf(tables(badSheets())));
    expect(found).toEqual([
      'nodes 第 6 行 · parent（B 列）: “part-nowhere”既不是任何节点的编号，也不是任何节点的中文名称。',
      'nodes 第 7 行 · quote（H 列）: 引文“建设万亩梨园基地”不在原文中。最接近的原文（第 4 段）：“建设万亩苹果基地”。',
      'nodes 第 8 行 · kind（C 列）: “gizmo”不是节点类型。可选：vision 总体愿景, pillar 篇章, goal 目标, strategy 战略, principle 原则, measure 举措, project 项目, enterprise 企业, industry 产业, place 区域, organization 机构, directive 指示, target 目标值, concept 概念。',
      'nodes 第 15 行 · parent（B 列）: 从属关系形成了环：measure-waste → measure-toilets → measure-waste。',
      'nodes 第 18 行 · id（A 列）: 标识“measure-tourism”重复：此处与 nodes!A10。',
      'nodes 第 18 行 · parent（B 列）: “measure-tourism”同时属于“part-industry”和“part-culture”；每个节点只能有一个上级。',
      'nodes 第 21 行 · parent（B 列）: “示范点”是多个节点（第 22, 23 行）共用的名称；请改填所指节点的编号。',
    ]);
    expect(lines(problemsOf(tables(badSheets())), 'en')[0]).toBe(
      'nodes row 6 · parent (column B): "part-nowhere" is neither the id nor the Chinese label of any node.',
    );
  });

  it('places problems found by the graph rules, empty cells and bad figures at their cells', () => {
    const s = planSheets(false);
    s.nodes[3]![4] = ''; // label_en
    s.nodes[6]![9] = '12公里 长度 / length'; // a unit not in the list
    s.nodes[7]![9] = '很多'; // not a figure
    s.edges[2]![2] = 'helps'; // relation
    s.meta.push(['colour', 'red']);
    expect(lines(problemsOf(tables(s)), 'en')).toEqual([
      'nodes row 4 · label_en (column E): Must not be empty.',
      'nodes row 7 · figures (column J): "公里" in "12公里 长度 / length" is not one of the units: 亿元 万元 元 万吨 吨 万亩 亩 万 万人 人 个 项 家 大 字 年 周年, or none.',
      'nodes row 8 · figures (column J): Cannot read the figure "很多": write <value><unit> <what> / <what in English>, e.g. 1275亿元 总投资 / total investment.',
      'edges row 3 · relation (column C): "helps" is not a relation. One of: part-of 组成（属于）, supports 支撑.',
      'meta row 10 · key (column A): Unknown key "colour". Keys: title_zh, title_en, source_title, author, publication, year, language, source_file, front_matter, json_schema.',
    ]);
  });

  it('asks for the paragraph when the quote is in two paragraphs, or when there is no source text', () => {
    const s = planSheets(false);
    s.nodes[2]![7] = '产业兴旺'; // paragraphs 3 and 4
    expect(lines(problemsOf(tables(s)), 'en')).toEqual([
      'nodes row 3 · paragraph (column I): The quote occurs in paragraphs 3, 4 of the source; write which paragraph.',
    ]);
    const withoutSource = tablesToGraph(tables(planSheets(false)));
    const problems = withoutSource.ok ? [] : withoutSource.problems;
    expect(problems).toHaveLength(22); // 20 nodes and the 2 supports edges with a quote
    expect(problems.every((p) => p.code === 'paragraph-needs-source')).toBe(true);
  });

  it('reports unknown and missing columns, and a workbook without a nodes sheet', () => {
    const s = planSheets(false);
    s.nodes[0]![3] = 'lable_zh';
    expect(lines(problemsOf(tables(s)), 'en')).toEqual([
      'nodes row 1: The column label_zh / 名称 is missing.',
      'nodes row 1 · lable_zh (column D): Unknown column "lable_zh". Columns: id, parent, kind, label_zh, label_en, aliases, summary_zh, summary_en, quote, paragraph, figures.',
    ]);
    expect(problemsOf([{ name: 'Sheet1', file: 'a.xlsx', rows: [['x', 'y']] }])[0]!.code).toBe(
      'sheet-missing',
    );
  });

  it('gives rows without an id one from the English label, the same on every import', () => {
    const s = planSheets(false);
    for (const row of s.nodes.slice(1)) row[0] = '';
    // Parents by id no longer exist: give them by label.
    const zh = planSheets(true);
    s.nodes.slice(1).forEach((row, i) => (row[1] = zh.nodes[i + 1]![1]!));
    s.edges.slice(1).forEach((row, i) => ((row[0] = zh.edges[i + 1]![0]!), (row[1] = zh.edges[i + 1]![1]!)));
    const once = tablesToGraph(tables(s), SOURCE_TEXT);
    const again = tablesToGraph(tables(s), SOURCE_TEXT);
    expect(once.ok && once.graph.nodes.map((n) => n.id).slice(0, 4)).toEqual([
      'a-model-town-of-rural-revitalization',
      'part-1-thriving-industry',
      'part-2-a-liveable-environment',
      'part-3-civilised-rural-ways',
    ]);
    expect(once).toEqual(again);
  });

  it('refuses a sheet with more rows than a graph may have nodes, before reading any row', () => {
    const rows = [['id', 'label_zh'], ...Array.from({ length: 20_001 }, (_, i) => [`n-${i}`, '节点'])];
    const found = lines(problemsOf([{ name: 'nodes.csv', file: 'nodes.csv', rows }]));
    expect(found).toEqual(['nodes.csv: 此表有 20001 行，最多允许 20000 行；请拆分为较小的图谱。']);
  });
});

describe('cells and files', () => {
  it('reads figures with the unit joined or apart, and without a unit', () => {
    expect(
      parseFigures('1275亿元 总投资 / total investment | 236 个 重大项目 / major projects | 6 领域 / areas'),
    ).toEqual({
      ok: true,
      figures: [
        { value: 1275, unit: '亿元', what: { zh: '总投资', en: 'total investment' } },
        { value: 236, unit: '个', what: { zh: '重大项目', en: 'major projects' } },
        { value: 6, unit: '', what: { zh: '领域', en: 'areas' } },
      ],
    });
    expect(parseFigures('1275 亿元 总投资')).toEqual({ ok: false, text: '1275 亿元 总投资' });
  });

  it('decodes CSV as UTF-8 with or without a BOM, as GBK, and as tab-separated UTF-16', () => {
    const text = '编号,名称\r\ngoal-a,“做强”果业\r\n';
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text.replace(/,/g, '\t'), 'utf16le'),
    ]);
    for (const bytes of [Buffer.from(text), Buffer.from('\uFEFF' + text), iconv.encode(text, 'gbk'), utf16]) {
      const decoded = decodeText(new Uint8Array(bytes), 'a.csv');
      const csv = decoded.ok ? parseCsv(decoded.text, 'a.csv') : undefined;
      expect(csv?.ok && csv.table.rows).toEqual([
        ['编号', '名称'],
        ['goal-a', '“做强”果业'],
      ]);
    }
    const broken = parseCsv('a,b\n"x,y\n', 'b.csv');
    expect(broken.ok || lines(broken.problems)).toEqual(['b.csv 第 2 行: 此行 CSV 格式有误：引号未闭合。']);
  });

  it('takes the source text from a .docx, paragraph by paragraph', async () => {
    const r = await readImportFiles([
      new File([new Uint8Array(await xlsxOf(planSheets(false)))], 'plan.xlsx'),
      new File([new Uint8Array(docxOf(SOURCE))], '原文.docx'),
    ]);
    expect(r.ok && r.sourceText?.trim().split('\n\n')).toEqual(SOURCE);
  });
});

describe('zip files that unpack to too much', () => {
  it('are refused by the sizes they declare, before anything is inflated', async () => {
    const bomb = zipBomb('xl/worksheets/sheet1.xml', 120);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const r = await readImportFiles([new File([new Uint8Array(bomb)], 'huge.xlsx')]);
    expect(r.ok || lines(r.problems)).toEqual([
      '此文件解压后为 120.0 MB，超过 100.0 MB 的不予打开（文件已损坏或有害）。',
    ]);
  });

  it('are refused by what comes out when they lie about their sizes', () => {
    const zip = zipSync({ 'a.xml': new Uint8Array(5_000_000) }, { level: 9 });
    // Declare 1,000 bytes in the central directory, as a hostile archive would.
    const v = new DataView(zip.buffer);
    for (let i = zip.length - 22; i >= 0; i--)
      if (v.getUint32(i, true) === 0x02014b50) v.setUint32(i + 24, 1000, true);
    expect(readZip(zip)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(readZip(zipSync({ 'a.xml': new Uint8Array(5_000) }))).toMatchObject({ ok: true });
    expect(readZip(new Uint8Array([1, 2, 3]))).toEqual({ ok: false, reason: 'unreadable' });
  });
});

describe('a Markdown outline', () => {
  it('gives the tree of the documented example', () => {
    const md = readFileSync('docs/examples/outline-hewan.md', 'utf8');
    const outline = parseOutline(md, 'outline-hewan.md');
    expect(outline.problems).toEqual([]);
    const r = tablesToGraph(outline.tables, SOURCE_TEXT);
    if (!r.ok) throw new Error(lines(r.problems).join('\n'));
    const parentOf = new Map(
      r.graph.edges.filter((e) => e.relation === 'part-of').map((e) => [e.source, e.target]),
    );
    const tree = r.graph.nodes.map((n) => `${n.id} ${n.kind} ${n.label.zh} ← ${parentOf.get(n.id) ?? ''}`);
    expect(tree).toEqual([
      'plan-hewan vision 乡村振兴示范镇 ← ',
      'part-industry pillar 产业兴旺 ← plan-hewan',
      'goal-fruit goal 做强特色果业 ← part-industry',
      'ten-thousand-mu-apple-base project 万亩苹果基地 ← goal-fruit',
      'measure-tourism measure 培育乡村旅游 ← part-industry',
      'peach-blossom-valley-scenic-area project 桃花谷景区 ← measure-tourism',
      'part-ecology pillar 生态宜居 ← plan-hewan',
      'river-management measure 推进河道治理 ← part-ecology',
      `${r.graph.nodes[8]!.id} project 河湾河生态修复工程 ← river-management`,
    ]);
    expect(r.graph.nodes[8]!.id).toMatch(/^node-[0-9a-f]{8}$/);
    expect(r.graph.nodes[8]!.summary.zh).toBe('河湾河全流域的生态修复。');
    expect(r.graph.nodes[3]!.evidence).toEqual({ quote: '建设万亩苹果基地', paragraph: 4 });
    expect(r.graph.edges.filter((e) => e.relation === 'supports')).toEqual([
      { source: 'peach-blossom-valley-scenic-area', target: 'goal-fruit', relation: 'supports' },
      { source: r.graph.nodes[8]!.id, target: 'measure-tourism', relation: 'supports' },
    ]);
  });

  it('names the line of a mistake', () => {
    const outline = parseOutline('孤立的一行\n# 计划 {#plan gizmo}\n- 子项\n  → 无此节点\n', 'p.md');
    const r = tablesToGraph(outline.tables, '计划\n\n子项');
    const found = lines([...outline.problems, ...(r.ok ? [] : r.problems)], 'en');
    expect(found).toEqual([
      'p.md row 1: This line comes before the first heading or list item, so it belongs to no node.',
      expect.stringMatching(/^p\.md row 2 · kind: "gizmo" is not a kind/),
      'p.md row 4 · target: "无此节点" is neither the id nor the Chinese label of any node.',
    ]);
  });
});
