import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startHostSite, type HostSite } from './host-site';
import {
  appFrame,
  emptyPoint,
  frameReady,
  hostScroll,
  nodePoint,
  touchScroll,
  viewportOf,
} from './embed-helpers';

/**
 * `?embed` in a frame on another site: the app at 127.0.0.1, the host page at localhost (another site, so the
 * frame's storage is partitioned). Scrolling over the frame must scroll the host page until the reader chooses
 * the graph.
 */
const HOST_PORT = 4310;
const NODE = 'goal-agri-hi-tech-zone';
let host: HostSite;

test.use({
  hasTouch: true,
  viewport: { width: 1280, height: 800 },
  otherOrigins: [`http://localhost:${HOST_PORT}`],
});
test.beforeAll(async () => {
  host = await startHostSite(HOST_PORT);
});
test.afterAll(async () => host.close());

const appUrl = (query: string) => `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/${query}`;
const frameTag = (query: string) =>
  `<iframe src="${appUrl(query)}" title="太谷战略图谱" style="display:block;width:100%;aspect-ratio:16/10;border:0"></iframe>`;

async function openHost(page: Page, query = '?embed'): Promise<Frame> {
  await page.goto(host.page('/article', frameTag(query)));
  const frame = await appFrame(page);
  await frameReady(frame);
  return frame;
}

/**
 * Scrolls the host page back to the top and waits until it rests there: a swipe's fling may still be moving the
 * page, and a wheel turned while it does is partly spent on stopping it.
 */
async function toTop(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(150);
      return hostScroll(page);
    })
    .toBe(0);
}

test('framed by another site: the graph alone, and wheel and touch over it scroll the page, never the graph', async ({
  page,
}) => {
  const frame = await openHost(page);
  // No header, no panels: a compact bar and the canvas.
  await expect(frame.locator('.app-header, .side, .view-controls, .details')).toHaveCount(0);
  const bar = frame.getByRole('toolbar', { name: '嵌入视图' });
  await expect(bar.getByRole('button', { name: '放大' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'English：切换到英文' })).toBeVisible();
  const full = bar.getByRole('link', { name: /打开完整视图/ });
  await expect(full).toHaveAttribute('target', '_blank');
  expect(await full.getAttribute('href')).toBe(appUrl(''));
  await expect(frame.getByRole('button', { name: '点击探索 · Click to explore' })).toBeVisible();
  // The canvas has a name and a description in words.
  const canvas = frame.getByRole('img', { name: '图谱画布' });
  await expect(canvas).toHaveAttribute('aria-describedby', 'canvas-summary');
  await expect(frame.getByTestId('canvas-summary')).toContainText(/图中显示 \d+ 个节点（共 \d+ 个）/);

  const camera = await viewportOf(frame);
  const places = { node: await nodePoint(page, frame), empty: await emptyPoint(page, frame) };
  for (const [where, at] of Object.entries(places)) {
    await toTop(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => hostScroll(page), `wheel over ${where} scrolls the page`).toBeGreaterThan(100);
    expect(await viewportOf(frame), `wheel over ${where} leaves the graph as it was`).toEqual(camera);

    await toTop(page);
    await touchScroll(page, at);
    await expect.poll(() => hostScroll(page), `a swipe over ${where} scrolls the page`).toBeGreaterThan(100);
    expect(await viewportOf(frame), `a swipe over ${where} leaves the graph as it was`).toEqual(camera);
  }
  expect(await frame.evaluate(() => window.__taigu!.store.getState().selected)).toBeNull();
});

test('a click lifts the cover and the wheel zooms; Esc, a click on the host page or scrolling away puts it back', async ({
  page,
}) => {
  const frame = await openHost(page);
  const cover = frame.getByTestId('embed-cover');
  const at = await emptyPoint(page, frame);
  await page.mouse.click(at.x, at.y);
  await expect(cover).toHaveCount(0);
  const before = await viewportOf(frame);
  await page.mouse.wheel(0, -300);
  await expect
    .poll(async () => (await viewportOf(frame)).zoom, 'the wheel zooms the graph')
    .toBeGreaterThan(before.zoom * 1.01);
  expect(await hostScroll(page)).toBe(0);
  // Lifted, a swipe that starts on a node is the graph's (cytoscape keeps it): the page stays where it is.
  const node = await nodePoint(page, frame);
  await touchScroll(page, node);
  await page.waitForTimeout(300);
  expect(await hostScroll(page)).toBe(0);
  await page.keyboard.press('Escape');
  await expect(cover).toBeVisible();

  // A click on the host page's own text: the frame loses focus.
  await cover.click();
  await expect(cover).toHaveCount(0);
  await page.getByText('Above the graph.').click();
  await expect(cover).toBeVisible();

  // Scrolled out of view (the wheel over the host page's text, outside the frame).
  await cover.click();
  await expect(cover).toHaveCount(0);
  await page.mouse.move(at.x, 40);
  await expect(cover).toHaveCount(0);
  await page.mouse.wheel(0, 900);
  await expect.poll(() => hostScroll(page)).toBeGreaterThan(700);
  await expect(cover).toBeAttached();
});

test('from the keyboard: Tab reaches the cover, Enter lifts it, Esc puts it back', async ({ page }) => {
  const frame = await openHost(page);
  const cover = frame.getByTestId('embed-cover');
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await cover
      .evaluate((el) => el === document.activeElement && document.hasFocus())
      .catch(() => false);
  }
  expect(reached, 'Tab reaches the cover').toBe(true);
  await expect(cover).toHaveAccessibleDescription(/滚动页面不会缩放图谱/);
  await page.keyboard.press('Enter');
  await expect(cover).toHaveCount(0);
  const done = frame.getByRole('button', { name: '完成' });
  await expect(done).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cover).toBeFocused();
});

test.describe('with storage that throws', () => {
  test.beforeEach(async ({ page }) => {
    // Some browsers refuse storage to a frame of another site outright: every access throws.
    await page.addInitScript(() => {
      if (window === window.top) return;
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      for (const name of ['localStorage', 'sessionStorage', 'indexedDB'])
        Object.defineProperty(window, name, { get: refuse, configurable: true });
    });
  });

  test('the linked view opens, in English, and the cover still works', async ({ page }) => {
    const frame = await openHost(page, `?embed&s=${NODE}&lang=en&x=${NODE}`);
    const state = await frame.evaluate(() => {
      const s = window.__taigu!.store.getState();
      return { selected: s.selected, lang: s.lang, ops: s.ops };
    });
    expect(state).toEqual({ selected: NODE, lang: 'en', ops: [{ op: 'expand', id: NODE }] });
    const storage = await frame.evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch {
        return 'refused';
      }
    });
    expect(storage).toBe('refused');
    await expect(frame.getByRole('button', { name: 'Click to explore · 点击探索' })).toBeVisible();
    await expect(frame.getByTestId('canvas-summary')).toContainText('Selected:');
    await frame.getByTestId('embed-cover').click();
    await expect(frame.getByTestId('embed-cover')).toHaveCount(0);
    // The address in the frame keeps saying `embed`, so a reload stays an embed.
    expect(frame.url()).toMatch(/\?embed&/);
  });
});
