import type { Page } from '@playwright/test';
import { SUPPORTS_LOOK, supportsCurve } from '../src/canvas/supports-curve';
import { clickNode, expect, openApp, settle, test } from './fixtures';

const edgeStyles = (page: Page) => page.evaluate(() => window.__taiguCanvas!.edgeStyles());
type Edges = Awaited<ReturnType<typeof edgeStyles>>;
const supportsOf = (edges: Edges) => Object.entries(edges).filter(([, e]) => e.relation === 'supports');
const isStrong = (e: Edges[string]) => e.arrow === 'triangle' && e.width === SUPPORTS_LOOK.strong.width;
const isQuiet = (e: Edges[string]) =>
  e.arrow === 'none' && e.width === SUPPORTS_LOOK.quiet.width && e.opacity <= SUPPORTS_LOOK.quiet.opacity;

/** A supports edge in the SVG export: one quadratic curve (node shapes are closed paths). */
const SUPPORTS_PATH =
  /<path d="M([-\d.]+) ([-\d.]+)Q([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)" fill="none"[^>]*>/g;

/** The shown node with the most supports edges in and out, having both. */
const busiestNode = (page: Page) =>
  page.evaluate(() => {
    const { model } = window.__taigu!.store.getState();
    const shown = Object.keys(window.__taiguCanvas!.positions());
    const count = (id: string) =>
      (model!.supportsIn.get(id)?.length ?? 0) + (model!.supportsOut.get(id)?.length ?? 0);
    return shown
      .filter((id) => model!.supportsIn.get(id)?.length && model!.supportsOut.get(id)?.length)
      .sort((a, b) => count(b) - count(a))[0]!;
  });

test('supports edges are curved and quiet beneath the tree until their node is selected or all are shown', async ({
  page,
}) => {
  // The whole plan open, drawn four times over: slow on a busy machine.
  test.setTimeout(180_000);
  await openApp(page, '?layout=radial&x=*');
  expect(await page.evaluate(() => window.__taiguCanvas!.detail())).toBe('full');
  let edges = await edgeStyles(page);
  const supports = supportsOf(edges);
  expect(supports.length).toBeGreaterThan(20);
  const partOfZ = Math.min(
    ...Object.values(edges)
      .filter((e) => e.relation === 'part-of')
      .map((e) => e.zIndex),
  );
  for (const [id, e] of supports) {
    expect(isQuiet(e), `${id} quiet`).toBe(true);
    expect(e.zIndex, `${id} beneath part-of`).toBeLessThan(partOfZ);
    expect(e.curve).toBe('unbundled-bezier');
    // The canvas's control point is the one the SVG export computes.
    const { control } = supportsCurve(e.source, e.target);
    expect(e.controlPoints).toHaveLength(1);
    expect(Math.hypot(e.controlPoints[0]!.x - control.x, e.controlPoints[0]!.y - control.y)).toBeLessThan(
      0.05,
    );
  }

  // A selected node's supports in and out stand out with arrows; the others stay quiet.
  const id = await busiestNode(page);
  await clickNode(page, id);
  await expect.poll(() => page.evaluate(() => window.__taigu!.store.getState().selected)).toBe(id);
  edges = await edgeStyles(page);
  const mine = supportsOf(edges)
    .filter(([, e]) => e.sourceId === id || e.targetId === id)
    .map(([eid]) => eid);
  expect(mine.length).toBeGreaterThan(1);
  for (const [eid, e] of supportsOf(edges)) {
    if (mine.includes(eid)) {
      expect(isStrong(e), `${eid} strong`).toBe(true);
      expect(e.opacity).toBe(1);
    } else expect(isQuiet(e), `${eid} quiet`).toBe(true);
  }

  // The switch: every supports edge strong, in the link, and kept by a reload.
  const toggle = page.getByRole('button', { name: '显示全部支撑关系' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]sup=all/);
  for (const [eid, e] of supportsOf(await edgeStyles(page))) expect(isStrong(e), `${eid} strong`).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.__taigu!.store.getState().selected)).toBeNull();
  for (const [eid, e] of supportsOf(await edgeStyles(page))) {
    expect(isStrong(e), `${eid} strong`).toBe(true);
    expect(e.opacity).toBe(1);
  }

  await page.reload();
  await page.waitForFunction(() => Object.keys(window.__taiguCanvas?.positions() ?? {}).length > 5);
  await settle(page);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  for (const [eid, e] of supportsOf(await edgeStyles(page))) expect(isStrong(e), `${eid} strong`).toBe(true);

  // Keyboard: Space on the focused switch turns it off again; the link forgets it.
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/sup=/);
  for (const [eid, e] of supportsOf(await edgeStyles(page))) expect(isQuiet(e), `${eid} quiet`).toBe(true);
  // Nothing is hidden from the details panel: it lists what the node supports and what supports it.
  await clickNode(page, id);
  const details = page.getByTestId('details');
  await expect(details.getByRole('heading', { name: '它支撑' })).toBeVisible();
  await expect(details.getByRole('heading', { name: '支撑它的' })).toBeVisible();
});

test('the SVG export draws the canvas’s curves, strong with arrows when all supports are shown', async ({
  page,
}) => {
  await openApp(page, '?x=goal-agri-hi-tech-zone.goal-quality-life&sup=all');
  const edges = supportsOf(await edgeStyles(page));
  expect(edges.length).toBeGreaterThan(3);
  const { zoom, pan } = await page.evaluate(() => window.__taiguCanvas!.viewport());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(() => window.__taiguExport!.save({ scope: 'view', format: 'svg', size: 'screen1' })),
  ]);
  const svg = (await import('node:fs')).readFileSync(await download.path(), 'utf8');
  const paths = [...svg.matchAll(SUPPORTS_PATH)];
  expect(paths).toHaveLength(edges.length);
  for (const p of paths) expect(p[0]).toContain('marker-end="url(#arrow)"');
  // Scope 'view': the picture is the canvas as seen, so each curve's control point is the canvas's on screen.
  const controls = paths.map((p) => ({ x: Number(p[3]), y: Number(p[4]) }));
  for (const [eid, e] of edges) {
    const c = { x: e.controlPoints[0]!.x * zoom + pan.x, y: e.controlPoints[0]!.y * zoom + pan.y };
    const nearest = Math.min(...controls.map((q) => Math.hypot(q.x - c.x, q.y - c.y)));
    expect(nearest, `${eid} control point in the SVG`).toBeLessThan(0.5);
  }

  // Switched off, the export's supports are quiet and without arrows, as on the canvas.
  await page.getByRole('button', { name: '显示全部支撑关系' }).click();
  const [quiet] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(() => window.__taiguExport!.save({ scope: 'view', format: 'svg', size: 'screen1' })),
  ]);
  const svg2 = (await import('node:fs')).readFileSync(await quiet.path(), 'utf8');
  expect([...svg2.matchAll(SUPPORTS_PATH)]).toHaveLength(edges.length);
  expect(svg2).not.toContain('marker-end="url(#arrow)"');
});
