import { expect, openApp, test } from './fixtures';
import {
  alphaRange,
  announcedSize,
  downloadExport,
  dpiOf,
  inkIn,
  openExportDialog,
  readPng,
} from './png-check';

const BRANCH = '?x=goal-agri-hi-tech-zone&s=goal-agri-hi-tech-zone';
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
};
const MAX_AREA = 268_435_456;

test.describe('export', () => {
  test('the export code loads only when first used; the dialog shows a preview in the shipped font', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openApp(page, BRANCH);
    expect(requests.filter((u) => /ExportDialog|export-api/.test(u))).toEqual([]);
    const dialog = await openExportDialog(page);
    expect(requests.some((u) => /ExportDialog/.test(u))).toBe(true);
    await expect(dialog.getByRole('img', { name: '导出效果预览' })).toBeVisible({ timeout: 60_000 });
    await expect(dialog.getByRole('radio', { name: '选中的分支及其全部下级' })).toBeChecked();
    // Fonts come from the build, never the machine or another origin.
    expect(requests.some((u) => /\.woff2$/.test(u))).toBe(true);
    expect(await page.evaluate(() => document.fonts.check('700 16px "Noto Sans SC"', '太谷农高区'))).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('a branch at 1× and 2×: exactly the announced size, 2× really twice as sharp, never blank', async ({
    page,
  }) => {
    await openApp(page, BRANCH);
    let dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: '屏幕 1×' }).check();
    const one = await announcedSize(dialog);
    const file1 = await downloadExport(page, dialog);
    expect(file1.name).toBe(`taigu-branch-${today()}.png`);
    const png1 = readPng(file1.bytes);
    expect([png1.width, png1.height]).toEqual([one.width, one.height]);
    const ink1 = inkIn(png1);
    expect(ink1.ink).toBeGreaterThan(png1.width * png1.height * 0.02);
    expect(ink1.colours).toBeGreaterThan(100);
    expect(dpiOf(file1.bytes)).toBeUndefined();

    await dialog.getByRole('radio', { name: '屏幕 2×（高清）' }).check();
    const two = await announcedSize(dialog);
    const png2 = readPng((await downloadExport(page, dialog)).bytes);
    expect([png2.width, png2.height]).toEqual([two.width, two.height]);
    expect(png2.width).toBe(png1.width * 2);
    expect(Math.abs(png2.height - png1.height * 2)).toBeLessThanOrEqual(2);
    // Sharp, not upscaled: many more distinct colours (anti-aliasing at full resolution) and ink in proportion.
    const ink2 = inkIn(png2);
    expect(ink2.ink).toBeGreaterThan(ink1.ink * 3);
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    dialog = page.getByRole('dialog');
    await expect(dialog).toBeHidden();
  });

  test('title, legend and footer appear where they are drawn when asked for, and only then', async ({
    page,
  }) => {
    await openApp(page, BRANCH);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: '屏幕 1×' }).check();
    const withBands = readPng((await downloadExport(page, dialog)).bytes);
    for (const name of ['标题', '图例', '页脚（来源、日期、链接）'])
      await dialog.getByRole('checkbox', { name }).uncheck();
    await announcedSize(dialog);
    const bare = readPng((await downloadExport(page, dialog)).bytes);
    expect(bare.width).toBe(withBands.width);
    // Title 58, one legend row 26 + 14, footer 44 (units = px at 1×; src/export/sizing.ts).
    expect(withBands.height - bare.height).toBe(58 + 26 + 14 + 44);
    const title = inkIn(withBands, 32, 32 + 58);
    const footer = inkIn(withBands, withBands.height - 32 - 44, withBands.height - 32);
    const legend = inkIn(withBands, withBands.height - 32 - 44 - 40, withBands.height - 32 - 44);
    for (const band of [title, legend, footer]) expect(band.ink).toBeGreaterThan(withBands.width * 3);
    // The legend shows kind colours: the goal's hexagon red is there.
    expect(legend.colours).toBeGreaterThan(30);
    // Without bands, the margin above the graph is empty.
    expect(inkIn(bare, 0, 30).ink).toBe(0);
  });

  test('the visible graph on a transparent background at a custom width', async ({ page }) => {
    await openApp(page, BRANCH);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: '可见图谱（按当前展开）' }).check();
    await dialog.getByRole('radio', { name: '自定义宽度' }).check();
    await dialog.getByRole('spinbutton', { name: '宽度（像素）' }).fill('1600');
    await dialog.getByRole('radio', { name: '透明' }).check();
    const size = await announcedSize(dialog);
    expect(size.width).toBe(1600);
    const file = await downloadExport(page, dialog);
    expect(file.name).toBe(`taigu-visible-${today()}.png`);
    const png = readPng(file.bytes);
    expect([png.width, png.height]).toEqual([size.width, size.height]);
    const alpha = alphaRange(png);
    expect(alpha.transparent).toBeGreaterThan(png.width * png.height * 0.5);
    expect(alpha.opaque).toBeGreaterThan(png.width * 20);
  });

  test('the current view at 1× is the canvas as the reader sees it, with a margin', async ({ page }) => {
    await openApp(page, BRANCH);
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: '当前视图' }).check();
    await dialog.getByRole('radio', { name: '屏幕 1×' }).check();
    for (const name of ['标题', '图例', '页脚（来源、日期、链接）'])
      await dialog.getByRole('checkbox', { name }).uncheck();
    await announcedSize(dialog);
    const file = await downloadExport(page, dialog);
    expect(file.name).toBe(`taigu-view-${today()}.png`);
    const png = readPng(file.bytes);
    expect(png.width).toBe(Math.round(canvas.width) + 64);
    expect(png.height).toBe(Math.round(canvas.height) + 64);
    expect(inkIn(png).ink).toBeGreaterThan(png.width * png.height * 0.01);
    expect(inkIn(png, 0, 32).ink).toBe(0);
  });

  test('the whole graph, fully expanded, at 4K and as an A3 page at 300 dpi in the dark theme', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await openApp(page);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: '完整图谱（全部展开）' }).check();
    await dialog.getByRole('radio', { name: '4K（3840 像素宽）' }).check();
    const k4 = await announcedSize(dialog);
    const file = await downloadExport(page, dialog);
    expect(file.name).toBe(`taigu-all-${today()}.png`);
    const png4k = readPng(file.bytes);
    expect([png4k.width, png4k.height]).toEqual([3840, k4.height]);
    expect(inkIn(png4k).ink).toBeGreaterThan(3840 * k4.height * 0.03);
    expect(dpiOf(file.bytes)).toBeUndefined();

    await dialog.getByRole('radio', { name: 'A3 · 300 dpi' }).check();
    await dialog.getByRole('radio', { name: '纵向' }).check();
    await dialog.getByRole('radio', { name: '深色主题' }).check();
    await expect(dialog.getByTestId('export-summary')).toContainText('3508 × 4961 像素 · 300 dpi', {
      timeout: 60_000,
    });
    const a3 = await downloadExport(page, dialog);
    const pngA3 = readPng(a3.bytes);
    expect([pngA3.width, pngA3.height]).toEqual([3508, 4961]);
    expect(dpiOf(a3.bytes)).toBe(11811);
    const ink = inkIn(pngA3);
    expect(ink.background >>> 0).toBe(0x101218ff);
    expect(ink.ink).toBeGreaterThan(3508 * 4961 * 0.02);
  });

  test('a size the browser cannot draw is refused before export, with the largest that works offered', async ({
    page,
  }) => {
    await openApp(page, BRANCH);
    let downloads = 0;
    page.on('download', () => downloads++);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: '自定义宽度' }).check();
    await dialog.getByRole('spinbutton', { name: '宽度（像素）' }).fill('40000');
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('超出了此浏览器能绘制的最大画布', { timeout: 60_000 });
    await expect(dialog.getByRole('button', { name: '导出', exact: true })).toBeDisabled();
    const offer = alert.getByRole('button', { name: /改用宽度 \d+ 像素/ });
    const offered = Number(/(\d+)/.exec((await offer.textContent())!)![1]);
    expect(offered).toBeGreaterThan(1000);
    expect(offered).toBeLessThan(40000);
    await offer.click();
    await expect(dialog.getByRole('spinbutton', { name: '宽度（像素）' })).toHaveValue(String(offered));
    const size = await announcedSize(dialog);
    expect(size.width).toBe(offered);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_AREA);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: '导出', exact: true })).toBeEnabled();
    // The same refusal without the dialog: a clear error, never a file.
    const error = await page.evaluate(() =>
      window.__taiguExport!.save({ scope: 'branch', size: 'custom', customWidth: 40000 }).then(
        () => 'saved',
        (e: Error) => e.message,
      ),
    );
    expect(error).toMatch(/超出了此浏览器能绘制的最大画布.*最大宽度为 \d+ 像素/);
    expect(downloads).toBe(0);
  });

  test('SVG export: vector, text stays text, with title, legend and footer', async ({ page }) => {
    await openApp(page, `${BRANCH}&lang=en`);
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByRole('radio', { name: 'SVG vector (for print)' }).check();
    const button = dialog.getByRole('button', { name: 'Export', exact: true });
    await expect(button).toBeEnabled({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`taigu-branch-${today()}.svg`);
    const svg = (await import('node:fs')).readFileSync(await download.path(), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Taigu District&#39;s 2021 Development Plan');
    expect(svg).toContain('>Goal</text>');
    expect(svg).toContain('Source:');
    // Labels are text, line by line (a member's label along its ray wraps at five em: "Most", "influential", …).
    expect(svg).toMatch(/<tspan[^>]*>Most\b/);
    expect(svg).toMatch(/<tspan[^>]*>influential\b/);
    expect(svg).toContain('@font-face{font-family:"Noto Sans SC"');
    expect(svg).not.toContain('<image');
  });
});
