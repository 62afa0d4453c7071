import { DEFAULT_SHAPE, generateGraph } from '../bench/lib/generate-graph';
import { expect, openApp, settle, test } from './fixtures';

const NODES = 5000;
const { graph, sourceText } = generateGraph({ ...DEFAULT_SHAPE, nodes: NODES });

test('a 5,000-node graph expands fully in a worker while the page keeps answering', async ({ page }) => {
  test.setTimeout(180_000);
  await page.route('**/generated/graph.json', (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify(graph) }),
  );
  await page.route('**/generated/source.txt', (r) =>
    r.fulfill({ contentType: 'text/plain', body: sourceText }),
  );
  // The network layout, whose worker is still busy when the language changes (radial takes a fraction of a second).
  await openApp(page, '?graph=generated/graph.json&layout=network');
  const canvas = page.getByTestId('graph-canvas');

  // Record, at the moment the language changes, whether the layout was still running.
  await page.evaluate(() => {
    const w = window as unknown as { __layoutWhenLangChanged: string[] };
    w.__layoutWhenLangChanged = [];
    window.__taigu!.store.subscribe((s, p) => {
      if (s.lang !== p.lang)
        w.__layoutWhenLangChanged.push(document.querySelector('.graph-canvas')!.getAttribute('data-layout')!);
    });
  });
  await page.getByRole('button', { name: '全部展开' }).click();
  await page.getByRole('button', { name: '切换到英文' }).click();
  await expect(page.getByRole('button', { name: 'Expand all' })).toBeVisible();

  await expect
    .poll(() => page.evaluate(() => Object.keys(window.__taiguCanvas!.positions()).length), {
      timeout: 120_000,
    })
    .toBe(NODES);
  await expect(canvas).toHaveAttribute('data-layout', 'idle');
  expect(
    await page.evaluate(
      () => (window as unknown as { __layoutWhenLangChanged: string[] }).__layoutWhenLangChanged,
    ),
  ).toEqual(['running']);
  await settle(page);

  // Zoomed out over the whole graph, labels, arrows and badges are dropped; zooming in brings them back.
  await page.evaluate(() => window.__taigu!.camera.fit());
  await settle(page);
  expect(await page.evaluate(() => window.__taiguCanvas!.detail())).toBe('far');
  await page.evaluate(() => window.__taigu!.camera.restore({ viewport: { zoom: 1, pan: { x: 0, y: 0 } } }));
  await settle(page);
  const zoom = await page.evaluate(() => window.__taiguCanvas!.viewport().zoom);
  expect(zoom).toBeGreaterThan(0.5);
  expect(await page.evaluate(() => window.__taiguCanvas!.detail())).toBe('full');
});

test("?renderer=webgl draws with cytoscape's WebGL renderer (an option to measure on real hardware)", async ({
  page,
}) => {
  await openApp(page, '?renderer=webgl');
  // The flag is read before the page's URL is rewritten to the view's state.
  expect(await page.evaluate(() => window.__taiguCanvas!.renderer())).toBe('webgl');
  expect(Object.keys(await page.evaluate(() => window.__taiguCanvas!.positions())).length).toBeGreaterThan(
    20,
  );
  await page.goto('./');
  await page.waitForFunction(() => window.__taiguCanvas?.renderer() === 'canvas');
});
