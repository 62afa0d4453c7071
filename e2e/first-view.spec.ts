import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForCanvas } from './fixtures';

/**
 * The first view index.html carries (scripts/lib/vite-first-view.ts): the start picture as SVG before any
 * script runs, the canvas taking over from it without anything moving, and no picture when the link names a
 * view.
 */
const index = JSON.parse(readFileSync('graph-data/index.json', 'utf8')) as {
  default: string;
  graphs: { id: string; path: string }[];
};
const entry = index.graphs.find((g) => g.id === index.default)!;
const graph = JSON.parse(readFileSync(`graph-data/${entry.path}`, 'utf8')) as {
  nodes: { id: string; label: { zh: string } }[];
};
const zhLabel = new Map(graph.nodes.map((n) => [n.id, n.label.zh]));

type Seen = Record<string, { x: number; y: number }>;

/** Records, from the first frame on, where the picture puts each node on screen and whether it was ever shown. */
async function watchPicture(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {
      __picture?: Record<string, { x: number; y: number }>;
      __sawPicture?: boolean;
    };
    const look = () => {
      // A wide screen's picture, or a phone's (each in its own shell; the stylesheet shows one).
      const svg = [...document.querySelectorAll<SVGSVGElement>('#first-view .first-picture')].find(
        (s) => s.getBoundingClientRect().width > 0,
      );
      if (svg) {
        w.__sawPicture = true;
        const m = svg.getScreenCTM()!;
        const seen: Record<string, { x: number; y: number }> = {};
        for (const p of svg.querySelectorAll<SVGPathElement>('path[data-id]')) {
          const pt = new DOMPoint(Number(p.dataset.x), Number(p.dataset.y)).matrixTransform(m);
          seen[p.dataset.id!] = { x: pt.x, y: pt.y };
        }
        w.__picture = seen;
      }
      if (document.readyState === 'loading' || document.getElementById('first-view'))
        requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

test('without JavaScript the start view is there: the plan as SVG, and a line saying exploring needs JavaScript', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  const csp: string[] = [];
  page.on('console', (m) => /Content[- ]Security[- ]Policy/i.test(m.text()) && csp.push(m.text()));
  await page.goto(`${baseURL}/`);
  // A phone held upright: its own shell (one header row) and the portrait tree.
  const svg = page.locator('#first-view svg.first-picture:visible');
  await expect(svg).toHaveCount(1);
  await expect(page.locator('#first-view .fv-phone .first-picture')).toBeVisible();
  const ids = await svg
    .locator('path[data-id]')
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-id')!));
  expect(ids.length).toBeGreaterThan(5);
  // Every shape's label, in Chinese, is drawn.
  const text = (await svg.textContent()) ?? '';
  for (const id of ids) for (const piece of zhLabel.get(id)!.split('')) expect(text).toContain(piece);
  await expect(page.locator('.first-view-noscript:visible')).toBeVisible();
  await expect(page.locator('.first-view-noscript:visible')).toContainText('JavaScript');
  await page.screenshot({ path: test.info().outputPath('no-js.png') });
  expect(csp).toEqual([]);
  await context.close();
});

// A phone held upright draws the portrait tree, and its picture is that tree.
for (const viewport of [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
])
  // The bare address opens in Chinese and the light theme whatever the system prefers: so does the picture.
  for (const look of [{ colorScheme: 'light' as const }, { colorScheme: 'dark' as const }])
    test(`the canvas replaces the picture by itself, every node within 1 px (${viewport.width}×${viewport.height}, system theme ${look.colorScheme})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: look.colorScheme });
      await watchPicture(page);
      await page.goto('/');
      await waitForCanvas(page);
      await expect(page.locator('#first-view')).toHaveCount(0);
      const picture = await page.evaluate(() => (window as unknown as { __picture?: Seen }).__picture);
      expect(picture, 'the picture was on screen before the canvas').toBeTruthy();
      const canvas = await page.evaluate(() => {
        const box = document.querySelector('.graph-canvas')!.getBoundingClientRect();
        const out: Record<string, { x: number; y: number }> = {};
        for (const [id, p] of Object.entries(window.__taiguCanvas!.renderedPositions()))
          out[id] = { x: box.left + p.x, y: box.top + p.y };
        return out;
      });
      expect(Object.keys(canvas).sort()).toEqual(Object.keys(picture!).sort());
      for (const [id, p] of Object.entries(picture!)) {
        expect.soft(Math.abs(canvas[id]!.x - p.x), `${id} x`).toBeLessThanOrEqual(1);
        expect.soft(Math.abs(canvas[id]!.y - p.y), `${id} y`).toBeLessThanOrEqual(1);
      }
    });

test('a link that names a view, or a stored view, never shows the start picture', async ({ page }) => {
  await watchPicture(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en');
  await waitForCanvas(page);
  expect(
    await page.evaluate(() => (window as unknown as { __sawPicture?: boolean }).__sawPicture),
  ).toBeFalsy();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?lang=en');
  await waitForCanvas(page);
  await expect(page.locator('#first-view')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __sawPicture?: boolean }).__sawPicture),
  ).toBeFalsy();
  // Leaving a view behind: the next visit to the bare address opens it, not the start picture.
  await page.evaluate(
    (graph) => localStorage.setItem(`taigu:view:${graph}`, JSON.stringify({ query: 'lang=en' })),
    index.default,
  );
  await page.goto('/');
  await waitForCanvas(page);
  expect(
    await page.evaluate(() => (window as unknown as { __sawPicture?: boolean }).__sawPicture),
  ).toBeFalsy();
});

// 1350×940 is Lighthouse's desktop screen, where the header takes two rows; 390×844 a phone, shown the shell.
for (const viewport of [
  { width: 1350, height: 940 },
  { width: 390, height: 844 },
])
  test(`from the first paint until the canvas has taken over nothing on the page shifts (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__shift += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await waitForCanvas(page);
    await expect(page.locator('#first-view')).toHaveCount(0);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.01);
  });
