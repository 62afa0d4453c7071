import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, positions, storeState, test } from './fixtures';
import {
  badSheets,
  docxOf,
  gbkCsv,
  PLAN,
  planSheets,
  SOURCE,
  SOURCE_TEXT,
  utf8BomCsv,
  xlsxOf,
  zipBomb,
} from './import-fixtures';

type Upload = { name: string; mimeType: string; buffer: Buffer };
const file = (name: string, buffer: Buffer | string): Upload => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer),
});
const source = file('source.txt', SOURCE_TEXT);

/** What is on screen, as the store holds it: the graph's JSON, its node count and supports edges. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const graph = window.__taigu!.store.getState().model!.graph;
    return {
      json: JSON.stringify(graph),
      nodes: graph.nodes.length,
      supports: graph.edges.filter((e) => e.relation === 'supports').length,
    };
  });

async function openFiles(page: Page, files: Upload[]) {
  await page.getByTestId('graph-file-input').setInputFiles(files);
}

/** Drags the files onto the page and drops them, as from a file manager. */
async function dropFiles(page: Page, files: Upload[]) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer();
      for (const f of list)
        dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
      return dt;
    },
    files.map((f) => ({ name: f.name, b64: f.buffer.toString('base64') })),
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

test('an invented plan opens as its graph from .xlsx, from GBK CSVs with Chinese headers, from UTF-8 CSVs, and with a .docx source', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  const en = planSheets(false);
  const zh = planSheets(true);
  const variants: [string, Upload[]][] = [
    ['xlsx, English headers', [file('hewan.xlsx', await xlsxOf(en)), source]],
    [
      'GBK CSVs, Chinese headers, kinds and parents by label',
      [
        file('节点.csv', gbkCsv(zh.nodes)),
        file('关系.csv', gbkCsv(zh.edges)),
        file('信息.csv', gbkCsv(zh.meta)),
        source,
      ],
    ],
    [
      'UTF-8 CSVs with a BOM, dropped on the page',
      [
        file('nodes.csv', utf8BomCsv(en.nodes)),
        file('edges.csv', utf8BomCsv(en.edges)),
        file('meta.csv', utf8BomCsv(en.meta)),
        source,
      ],
    ],
    ['xlsx with a .docx source', [file('hewan.xlsx', await xlsxOf(en)), file('原文.docx', docxOf(SOURCE))]],
  ];
  let first: string | undefined;
  for (const [what, files] of variants) {
    if (what.includes('dropped')) await dropFiles(page, files);
    else await openFiles(page, files);
    await expect
      .poll(() => storeState<string>(page, 'graphId'), { message: what, timeout: 30_000 })
      .toMatch(/^local-/);
    const graph = await shown(page);
    expect(graph.nodes, what).toBe(PLAN.nodes);
    expect(graph.supports, what).toBe(PLAN.supports);
    // Every variant is the same graph.
    first ??= graph.json;
    expect(graph.json, what).toBe(first);
    await expect(page.getByRole('tree', { name: '大纲' })).toContainText('乡村振兴示范镇');
    await expect(page.getByRole('combobox', { name: '图谱' })).toContainText('河湾镇2030年乡村振兴规划');
    // Back to the shipped graph before the next variant, so each one is really opened.
    await page.getByRole('button', { name: '从本设备移除' }).click();
    await expect.poll(() => storeState(page, 'graphId')).toBe('taigu-2021');
  }
});

test('a sheet with mistakes lists each with its sheet, row and column, and the graph on screen stays', async ({
  page,
}) => {
  await openApp(page);
  const before = await positions(page);
  await openFiles(page, [file('bad.xlsx', await xlsxOf(badSheets())), source]);
  const panel = page.getByRole('alert').filter({ hasText: 'bad.xlsx' });
  await expect(panel).toBeVisible();
  const item = (place: string) => panel.getByRole('listitem').filter({ hasText: place });
  await expect(item('nodes 第 6 行 · parent（B 列）')).toContainText('“part-nowhere”既不是任何节点的编号');
  await expect(item('nodes 第 8 行 · kind（C 列）')).toContainText('“gizmo”不是节点类型');
  await expect(item('nodes 第 7 行 · quote（H 列）')).toContainText(
    '引文“建设万亩梨园基地”不在原文中。最接近的原文（第 4 段）：“建设万亩苹果基地”',
  );
  await expect(item('nodes 第 18 行 · id（A 列）')).toContainText(
    '标识“measure-tourism”重复：此处与 nodes!A10',
  );
  await expect(item('nodes 第 21 行 · parent（B 列）')).toContainText(
    '“示范点”是多个节点（第 22, 23 行）共用的名称',
  );
  await expect(item('nodes 第 15 行 · parent（B 列）')).toContainText(
    '从属关系形成了环：measure-waste → measure-toilets → measure-waste',
  );
  expect(await storeState(page, 'graphId')).toBe('taigu-2021');
  expect(Object.keys(await positions(page)).sort()).toEqual(Object.keys(before).sort());

  // In the reader's language, places too.
  await page.getByRole('button', { name: '切换到英文' }).click();
  await expect(item('nodes row 8 · kind (column C)')).toContainText('"gizmo" is not a kind');
  await expect(
    new AxeBuilder({ page })
      .include('.problems-panel')
      .analyze()
      .then((r) => r.violations.map((v) => v.id)),
  ).resolves.toEqual([]);
});

test('a zip bomb is refused with a message before it is unpacked, and the graph stays', async ({ page }) => {
  await openApp(page);
  // 120 MB of zeros packs into about 0.5 MB: over the 100 MB the app unpacks.
  await openFiles(page, [file('huge.xlsx', zipBomb('xl/worksheets/sheet1.xml', 120))]);
  await expect(page.getByRole('alert').filter({ hasText: 'huge.xlsx' })).toContainText(
    '此文件解压后为 120.0 MB，超过 100.0 MB 的不予打开',
  );
  expect(await storeState(page, 'graphId')).toBe('taigu-2021');
});

test('the graph on screen exports as a workbook that opens again as the same graph', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const before = await shown(page);
  await page.getByRole('button', { name: /^表格/ }).click();
  const menu = page.getByRole('group', { name: '表格下载' });
  await expect(menu).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('.sheets-menu').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: '导出 Excel（.xlsx）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('taigu-2021.xlsx');
  const xlsx = readFileSync((await download.path())!);
  const taiguSource = readFileSync('graph-data/taigu-2021/source.txt');
  await openFiles(page, [file('taigu-2021.xlsx', xlsx), file('source.txt', taiguSource)]);
  await expect.poll(() => storeState<string>(page, 'graphId')).toMatch(/^local-/);
  const after = await shown(page);
  expect(after.nodes).toBe(before.nodes);
  expect(after.supports).toBe(before.supports);
  // Keyboard: Escape closes the menu and gives the focus back to its button.
  await page.getByRole('button', { name: /^表格/ }).click();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('button', { name: /^表格/ })).toBeFocused();
});

test('a Markdown outline opens as its tree', async ({ page }) => {
  await openApp(page);
  const outline = readFileSync('docs/examples/outline-hewan.md');
  await openFiles(page, [file('outline-hewan.md', outline), source]);
  await expect.poll(() => storeState<string>(page, 'graphId'), { timeout: 30_000 }).toMatch(/^local-/);
  const graph = await shown(page);
  expect(graph.nodes).toBe(9);
  expect(graph.supports).toBe(2);
  await expect(page.getByRole('tree', { name: '大纲' })).toContainText('产业兴旺');
});
