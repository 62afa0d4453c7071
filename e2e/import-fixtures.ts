/**
 * An invented plan (河湾镇, 20 nodes, 6 supports edges) written the ways people hand it over: an .xlsx with
 * English headers, GBK CSVs with Chinese headers, kinds and parents by label (as Excel and WPS save CSV on
 * Chinese Windows), UTF-8 CSVs with a BOM; its source as .txt and as a minimal .docx. Built here, from these
 * rows, so no binary of unknown origin is checked in (`npx tsx scripts/make-import-fixtures.ts` writes them out
 * to try by hand).
 */
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { crc32, deflateRawSync } from 'node:zlib';
import writeExcelFile from 'write-excel-file/universal';

export const SOURCE = [
  '河湾镇2030年乡村振兴规划（虚构示例）',
  '河湾镇人民政府（虚构）',
  '到2030年，把河湾镇建成“产业兴旺、生态宜居、乡风文明”的乡村振兴示范镇。规划分为产业兴旺、生态宜居、乡风文明三部分。',
  '一、产业兴旺。做强特色果业，建设万亩苹果基地，总投资12亿元。发展农产品加工，建设河湾食品产业园。培育乡村旅游，打造桃花谷景区。',
  '二、生态宜居。推进河道治理，完成河湾河生态修复工程。实施人居环境整治，开展垃圾分类和厕所革命。建设绿色能源，推广屋顶光伏。',
  '三、乡风文明。建设新时代文明实践站，覆盖全部28个行政村。开展“好家风”评选活动。保护传统村落，修缮古戏台。',
  '河湾食品产业园为苹果基地提供加工能力，桃花谷景区带动果品销售。',
];
export const SOURCE_TEXT = SOURCE.join('\n\n') + '\n';

type Kind = [en: string, zh: string];
const K: Record<string, Kind> = {
  vision: ['vision', '总体愿景'],
  pillar: ['pillar', '篇章'],
  goal: ['goal', '目标'],
  measure: ['measure', '举措'],
  project: ['project', '项目'],
  place: ['place', '区域'],
};
// id, parent id, kind, label zh, label en, quote, figures
const N: [string, string, Kind, string, string, string, string][] = [
  [
    'plan-hewan',
    '',
    K.vision!,
    '乡村振兴示范镇',
    'A model town of rural revitalization',
    '乡村振兴示范镇',
    '',
  ],
  ['part-industry', 'plan-hewan', K.pillar!, '产业兴旺', 'Part 1: Thriving industry', '一、产业兴旺', ''],
  ['part-ecology', 'plan-hewan', K.pillar!, '生态宜居', 'Part 2: A liveable environment', '二、生态宜居', ''],
  ['part-culture', 'plan-hewan', K.pillar!, '乡风文明', 'Part 3: Civilised rural ways', '三、乡风文明', ''],
  ['goal-fruit', 'part-industry', K.goal!, '做强特色果业', 'Stronger specialty fruit', '做强特色果业', ''],
  [
    'project-apple-base',
    'goal-fruit',
    K.project!,
    '万亩苹果基地',
    'Ten-thousand-mu apple base',
    '建设万亩苹果基地，总投资12亿元',
    '12亿元 总投资 / total investment',
  ],
  [
    'measure-processing',
    'part-industry',
    K.measure!,
    '发展农产品加工',
    'Farm-produce processing',
    '发展农产品加工',
    '',
  ],
  [
    'place-food-park',
    'measure-processing',
    K.place!,
    '河湾食品产业园',
    'Hewan food industry park',
    '建设河湾食品产业园',
    '',
  ],
  ['measure-tourism', 'part-industry', K.measure!, '培育乡村旅游', 'Rural tourism', '培育乡村旅游', ''],
  [
    'project-peach-valley',
    'measure-tourism',
    K.project!,
    '桃花谷景区',
    'Peach Blossom Valley scenic area',
    '打造桃花谷景区',
    '',
  ],
  ['measure-river', 'part-ecology', K.measure!, '推进河道治理', 'River management', '推进河道治理', ''],
  [
    'project-river-restoration',
    'measure-river',
    K.project!,
    '河湾河生态修复工程',
    'Hewan River restoration',
    '完成河湾河生态修复工程',
    '',
  ],
  [
    'measure-living',
    'part-ecology',
    K.measure!,
    '人居环境整治',
    'Living-environment improvement',
    '实施人居环境整治',
    '',
  ],
  ['measure-waste', 'measure-living', K.measure!, '垃圾分类', 'Waste sorting', '垃圾分类', ''],
  ['measure-toilets', 'measure-living', K.measure!, '厕所革命', 'Toilet revolution', '厕所革命', ''],
  ['measure-solar', 'part-ecology', K.measure!, '推广屋顶光伏', 'Rooftop solar', '推广屋顶光伏', ''],
  [
    'project-practice-stations',
    'part-culture',
    K.project!,
    '新时代文明实践站',
    'New-era civilisation practice stations',
    '建设新时代文明实践站，覆盖全部28个行政村',
    '28个 行政村 / administrative villages',
  ],
  [
    'measure-family',
    'part-culture',
    K.measure!,
    '“好家风”评选',
    "'Good family ways' awards",
    '开展“好家风”评选活动',
    '',
  ],
  [
    'measure-villages',
    'part-culture',
    K.measure!,
    '保护传统村落',
    'Protecting traditional villages',
    '保护传统村落',
    '',
  ],
  [
    'project-stage',
    'measure-villages',
    K.project!,
    '修缮古戏台',
    'Restoring the old opera stage',
    '修缮古戏台',
    '',
  ],
];
// source, target, quote
const E: [string, string, string][] = [
  ['place-food-park', 'project-apple-base', '河湾食品产业园为苹果基地提供加工能力'],
  ['project-peach-valley', 'goal-fruit', '桃花谷景区带动果品销售'],
  ['project-river-restoration', 'measure-tourism', ''],
  ['measure-solar', 'measure-living', ''],
  ['project-stage', 'measure-tourism', ''],
  ['measure-family', 'project-practice-stations', ''],
];
const META: [string, string, string][] = [
  ['title_zh', '标题', '河湾镇2030年乡村振兴规划（虚构示例）'],
  ['title_en', '英文标题', 'Hewan Town Rural Revitalization Plan 2030 (invented example)'],
  ['source_title', '原文标题', '河湾镇2030年乡村振兴规划（虚构示例）'],
  ['author', '作者', '河湾镇人民政府（虚构）'],
  ['publication', '出处', '虚构示例 · 表格导入测试'],
  ['year', '年份', '2025'],
  ['language', '语言', 'zh-CN'],
  ['front_matter', '卷首段落', '1 | 2'],
];
export const PLAN = { nodes: N.length, supports: E.length };

const label = (id: string) => N.find((n) => n[0] === id)![3];
type Rows = string[][];
export interface Sheets {
  nodes: Rows;
  edges: Rows;
  meta: Rows;
}

/** The plan's three sheets; Chinese headers, kinds and relations, and parents and ends by label when `zh`. */
export function planSheets(zh: boolean): Sheets {
  return {
    nodes: [
      zh
        ? ['编号', '上级', '类型', '名称', '英文名称', '说明', '英文说明', '原文', '段落', '数据']
        : [
            'id',
            'parent',
            'kind',
            'label_zh',
            'label_en',
            'summary_zh',
            'summary_en',
            'quote',
            'paragraph',
            'figures',
          ],
      ...N.map(([id, parent, kind, lzh, len, quote, figures]) => [
        id,
        zh && parent ? label(parent) : parent,
        zh ? kind[1] : kind[0],
        lzh,
        len,
        `河湾镇规划中的“${lzh}”。`,
        `${len}, in Hewan's plan.`,
        quote,
        '',
        figures,
      ]),
    ],
    edges: [
      zh ? ['起点', '终点', '关系', '原文', '段落'] : ['source', 'target', 'relation', 'quote', 'paragraph'],
      ...E.map(([s, t, q]) => [zh ? label(s) : s, zh ? label(t) : t, zh ? '支撑' : 'supports', q, '']),
    ],
    meta: [zh ? ['项目', '值'] : ['key', 'value'], ...META.map(([en, zhKey, v]) => [zh ? zhKey : en, v])],
  };
}

export async function xlsxOf(sheets: Sheets): Promise<Buffer> {
  const blob = await writeExcelFile(
    Object.entries(sheets).map(([sheet, data]) => ({ sheet, data: data as Rows })),
  ).toBlob();
  return Buffer.from(await blob.arrayBuffer());
}

const csvCell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csvText = (rows: Rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
export const gbkCsv = (rows: Rows): Buffer => iconv.encode(csvText(rows), 'gbk');
export const utf8BomCsv = (rows: Rows): Buffer => Buffer.from('\uFEFF' + csvText(rows), 'utf8');

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The smallest .docx Word and mammoth open: one w:p per paragraph. */
export function docxOf(paragraphs: readonly string[]): Buffer {
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`)
    .join('');
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    }),
  );
}

/**
 * The plan with one of each mistake: a parent nobody has, an unknown kind, a quote not in the source, an id used
 * twice, a parent label two nodes share, and a part-of cycle.
 */
export function badSheets(): Sheets {
  const s = planSheets(false);
  const row = (id: string) => s.nodes.find((r) => r[0] === id)!;
  row('goal-fruit')[1] = 'part-nowhere'; // wrong parent
  row('measure-processing')[2] = 'gizmo'; // unknown kind
  row('project-apple-base')[7] = '建设万亩梨园基地'; // not in the source
  row('project-practice-stations')[0] = 'measure-tourism'; // the id of another row
  s.edges.find((r) => r[1] === 'project-practice-stations')![1] = 'measure-tourism';
  s.nodes.push([
    'stage-a',
    'part-culture',
    'project',
    '示范点',
    'Pilot A',
    '示范点。',
    'Pilot A.',
    '修缮古戏台',
    '',
    '',
  ]);
  s.nodes.push([
    'stage-b',
    'part-culture',
    'project',
    '示范点',
    'Pilot B',
    '示范点。',
    'Pilot B.',
    '修缮古戏台',
    '',
    '',
  ]);
  row('project-stage')[1] = '示范点'; // shared by stage-a and stage-b
  row('measure-waste')[1] = 'measure-toilets'; // waste ⊂ toilets ⊂ waste
  row('measure-toilets')[1] = 'measure-waste';
  return s;
}

/**
 * A zip bomb: one entry of `mb` megabytes of zeros, deflated by Node's zlib (fast, about 1/200 of the
 * size), packed by hand with the sizes it really has.
 */
export function zipBomb(name: string, mb: number): Buffer {
  const size = mb * 1024 * 1024;
  const zeros = Buffer.alloc(size);
  const data = deflateRawSync(zeros, { level: 1 });
  const fileName = Buffer.from(name);
  const crc = crc32(zeros);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(fileName.length, 28);
  const centralAt = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}
