import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { clickNode, expect, openApp, settle, storeState, test } from './fixtures';

/**
 * On a phone the graph gets the screen and the view a link opens fits on it: the one-row header, the menu, the
 * portrait tree (src/canvas/layout/portrait-layout.ts), the details sheet's peek.
 */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const BRANCH = '?x=goal-agri-hi-tech-zone&s=goal-agri-hi-tech-zone';

interface Fit {
  /** Nodes whose shape or label reaches outside the canvas's clear part (the canvas less what covers its foot). */
  outside: string[];
  /** Nodes whose shape or label lies under the floating zoom buttons. */
  underButtons: string[];
  smallestLabelPx: number;
  undrawn: string[];
  count: number;
}

/** Where every shown node is drawn, against the part of the canvas nothing covers. */
async function fit(page: Page, only?: readonly string[]): Promise<Fit> {
  return page.evaluate((ids) => {
    const canvas = document.querySelector('.graph-canvas')!.getBoundingClientRect();
    const sheet = document.querySelector('.side-right')!;
    const sheetTop =
      getComputedStyle(sheet).display === 'none' ? Infinity : sheet.getBoundingClientRect().top;
    const bottom = Math.min(canvas.height, sheetTop - canvas.top);
    const buttons = document.querySelector('.view-zoom')?.getBoundingClientRect();
    const all = window.__taiguCanvas!.labelOutlines();
    const out: Fit = { outside: [], underButtons: [], smallestLabelPx: Infinity, undrawn: [], count: 0 };
    for (const [id, o] of Object.entries(all)) {
      if (ids && !ids.includes(id)) continue;
      out.count++;
      const pts = [...o.label, ...o.shape];
      if (pts.some((p) => p.x < -1 || p.y < -1 || p.x > canvas.width + 1 || p.y > bottom + 1))
        out.outside.push(id);
      const xs = pts.map((p) => p.x + canvas.left);
      const ys = pts.map((p) => p.y + canvas.top);
      if (
        buttons &&
        Math.max(...xs) > buttons.left &&
        Math.min(...xs) < buttons.right &&
        Math.max(...ys) > buttons.top &&
        Math.min(...ys) < buttons.bottom
      )
        out.underButtons.push(id);
      if (!o.drawn) out.undrawn.push(id);
      out.smallestLabelPx = Math.min(out.smallestLabelPx, o.fontPx);
    }
    return out;
  }, only ?? null);
}

async function expectFits(page: Page, only?: readonly string[]): Promise<void> {
  const f = await fit(page, only);
  if (only) expect(f.count).toBe(only.length);
  else expect(f.count).toBeGreaterThan(40);
  expect(f.outside, 'off screen').toEqual([]);
  expect(f.underButtons, 'under the zoom buttons').toEqual([]);
  expect(f.undrawn, 'labels not drawn').toEqual([]);
  expect(f.smallestLabelPx).toBeGreaterThanOrEqual(11);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    .analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
}

test.describe('on a 390×844 phone', () => {
  test.use(PHONE);

  for (const lang of ['zh', 'en'] as const) {
    const q = lang === 'en' ? '&lang=en' : '';
    test(`(${lang}) the graph gets the screen; the start view, a shared branch and a tour step fit it`, async ({
      page,
    }) => {
      await openApp(page, `?${q.slice(1)}`);
      const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
      expect(canvas.height / 844).toBeGreaterThanOrEqual(0.85);
      // One header row: nothing but the header above the canvas.
      expect(canvas.y).toBeLessThan(60);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectFits(page);

      // A link with a goal open and selected: its details wait in a strip, the whole view above it.
      await openApp(page, BRANCH + q);
      expect(await storeState(page, 'detailsSheet')).toBe('peek');
      expect(Object.keys(await page.evaluate(() => window.__taiguCanvas!.positions()))).toContain(
        'concept-gucheng-yuan',
      );
      await expectFits(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      // A tour step in presentation mode: its nodes fitted above the caption.
      // (A view kept from the pages before would win over the link at this width: a fresh start.)
      await page.evaluate(() => localStorage.clear());
      await openApp(page, `?present=overview&step=3${q}`);
      const caption = (await page.locator('.presentation').boundingBox())!;
      const shown = (await page.getByTestId('graph-canvas').boundingBox())!;
      expect(shown.y + shown.height).toBeLessThanOrEqual(caption.y + 1);
      const step = await page.evaluate(() => {
        const s = window.__taigu!.store.getState();
        const play = s.tour!;
        const at = s.tours.find((t) => t.id === play.id)!.steps[play.step]!;
        return [...at.reveal, at.focus];
      });
      await page.waitForFunction((ids) => ids.every((id) => window.__taiguCanvas!.positions()[id]), step);
      await settle(page);
      await expectFits(page, step);
    });
  }

  test("draws with the phone's own CJK font (no web-font parts fetched); an export still uses the shipped one", async ({
    page,
  }) => {
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (/\.woff2$/.test(r.url())) fonts.push(r.url());
    });
    await openApp(page);
    await settle(page);
    // The canvas fetches the parts for every label once the page is idle (when the web font is in use).
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 3000 })));
    await page.waitForTimeout(500);
    expect(fonts).toEqual([]);

    await page.locator('header').getByRole('button', { name: '菜单' }).tap();
    await page.getByRole('dialog', { name: '菜单' }).getByRole('button', { name: '导出 PNG' }).tap();
    const dialog = page.getByRole('dialog', { name: '导出图片' });
    await expect(dialog.getByRole('img', { name: '导出效果预览' })).toBeVisible({ timeout: 60_000 });
    expect(fonts.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.fonts.check('700 16px "Noto Sans SC"', '太谷农高区'))).toBe(
      true,
    );
  });

  test('every desktop action is within two taps: the menu and the header', async ({ page }) => {
    await openApp(page);
    const header = page.locator('header');
    // Tap one: in the header itself.
    await expect(header.getByRole('heading', { name: '太谷图谱' })).toBeVisible();
    await expect(header.getByRole('button', { name: '大纲与筛选' })).toBeVisible();
    await header.getByRole('button', { name: '搜索', exact: true }).tap();
    await page.getByRole('combobox', { name: '搜索' }).fill('gcy');
    await page.getByRole('option').first().tap();
    await settle(page);
    expect(await storeState(page, 'selected')).toBe('concept-gucheng-yuan');
    await expect(header.getByRole('button', { name: '搜索', exact: true })).toBeVisible();

    // Tap one opens the menu; each of the desktop's header and toolbar actions is the second.
    const openMenu = async () => {
      await header.getByRole('button', { name: '菜单' }).tap();
      const menu = page.getByRole('dialog', { name: '菜单' });
      await expect(menu).toBeVisible();
      return menu;
    };
    let menu = await openMenu();
    // Each by the words it shows.
    const controls = [
      '打开文件',
      '表格',
      '演示',
      '分享',
      '导出 PNG',
      '全部展开',
      '全部折叠',
      '重置视图',
      '放射',
      '树状',
    ];
    for (const name of [...controls, '网络', '全部支撑', 'English', '深色', '图例'])
      await expect(menu.getByRole('button').filter({ hasText: name }).first()).toBeVisible();
    for (const name of ['图谱', '显示层级']) await expect(menu.getByRole('combobox', { name })).toBeVisible();

    // A view action closes the menu and shows what it did.
    await menu.getByRole('button', { name: '全部展开' }).tap();
    await expect(menu).toBeHidden();
    await settle(page);
    expect((await storeState<{ op: string }[]>(page, 'ops')).some((op) => op.op === 'all')).toBe(true);
    expect((await fit(page)).count).toBeGreaterThan(200);

    menu = await openMenu();
    await menu.getByRole('button', { name: '分享' }).tap();
    await expect(page.getByTestId('share-dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('share-dialog')).toBeHidden();
    // (Esc may close the menu under it too; otherwise ✕ does.)
    if (await menu.isVisible()) await menu.getByRole('button', { name: '关闭菜单' }).tap();
    await expect(menu).toBeHidden();

    menu = await openMenu();
    await menu.getByRole('button', { name: '图例' }).tap();
    await expect(menu).toBeHidden();
    await expect(page.locator('.legend-box')).toBeVisible();

    menu = await openMenu();
    await menu.getByRole('button', { name: /English/ }).tap();
    expect(await storeState(page, 'lang')).toBe('en');
    await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
  });

  test('a tap opens details without hiding the node; the sheet drags down to a peek and back', async ({
    page,
    context,
  }) => {
    await openApp(page);
    await clickNode(page, 'goal-rural-revitalization', 'label', 'touch');
    expect(await storeState(page, 'selected')).toBe('goal-rural-revitalization');
    const sheet = page.getByRole('complementary', { name: '详情' });
    await expect(sheet.getByTestId('details')).toBeVisible();
    await expectFits(page, ['goal-rural-revitalization']);

    // Drag the handle down with a finger: the sheet lowers to a strip that still names the node.
    const handle = sheet.locator('.sheet-handle');
    const h = (await handle.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const [x, y] = [h.x + h.width / 2, h.y + h.height / 2];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y, id: 1 }] });
    for (let i = 1; i <= 8; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x, y: y + i * 20, id: 1 }],
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => storeState(page, 'detailsSheet')).toBe('peek');
    await expect(handle).toContainText('最具引领性的乡村振兴示范区');
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    expect((await sheet.boundingBox())!.height).toBeLessThanOrEqual(70);
    await settle(page);
    await expectFits(page, ['goal-rural-revitalization']);

    // A tap raises it again, the node still in view above it.
    await handle.tap();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect(sheet.getByTestId('details')).toBeVisible();
    await settle(page);
    await expectFits(page, ['goal-rural-revitalization']);
  });

  for (const q of ['', '?lang=en'])
    test(`axe finds nothing: the start view, the menu, the search, the details sheet (${q ? 'en' : 'zh'})`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await openApp(page, q);
      await expect(page.getByRole('toolbar')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.locator('header button[aria-haspopup="dialog"]').tap();
      await expect(page.getByTestId('phone-menu')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('phone-menu')).toBeHidden();
      await page.locator('header .icon-button').tap();
      await page.getByRole('combobox').fill('nong');
      await expectNoAxeViolations(page);
      await page.getByRole('option').first().tap();
      await settle(page);
      await expect(page.locator('.sheet-handle')).toBeVisible();
      await expectNoAxeViolations(page);
    });
});

for (const [width, height] of [
  [360, 640],
  [768, 1024],
] as const) {
  test.describe(`on a ${width}×${height} screen`, () => {
    test.use({ ...PHONE, viewport: { width, height } });

    test('the start view and a shared branch show every node', async ({ page }) => {
      for (const q of ['', BRANCH]) {
        await openApp(page, q);
        const f = await fit(page);
        expect(f.count).toBeGreaterThan(40);
        expect(f.outside).toEqual([]);
        expect(f.underButtons).toEqual([]);
      }
    });
  });
}
