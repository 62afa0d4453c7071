import type { Browser } from '@playwright/test';
import { waitForMark, withFreshPage, type Size } from './browser';
import { writeGivenPositions, type PreparedGraph } from './prepare';

/** Where and how large the app draws its start view; the reference copies it. */
export interface StartView {
  canvas: Size;
  viewport: { zoom: number; pan: { x: number; y: number } } | null;
}

/**
 * One app page before the runs: the canvas size (the reference gets the same) and the start view's positions
 * (the reference's `positions=given`); then one reference page to check that it draws the same start view.
 */
export async function measureStartView(
  browser: Browser,
  viewport: Size,
  timeoutMs: number,
  graph: PreparedGraph,
  appUrl: string,
  referenceUrl: (view: StartView) => string,
) {
  const app = await withFreshPage(browser, { viewport }, async ({ page, guard }) => {
    await guard(page.goto(appUrl));
    await guard(waitForMark(page, 'taigu:first-render', 1, timeoutMs));
    const box = await page.getByTestId('graph-canvas').boundingBox();
    if (!box) throw new Error('the app shows no graph canvas');
    const positions = await page.evaluate(() => window.__taiguCanvas?.positions() ?? {});
    // The app has no probe for its viewport; cytoscape keeps its instance on the container element.
    const viewport = await page.getByTestId('graph-canvas').evaluate((el) => {
      const cy = (el as { _cyreg?: { cy?: { zoom(): number; pan(): { x: number; y: number } } } })._cyreg?.cy;
      return cy ? { zoom: cy.zoom(), pan: cy.pan() } : null;
    });
    return { canvas: { width: Math.round(box.width), height: Math.round(box.height) }, positions, viewport };
  });
  writeGivenPositions(graph.path, app.positions);
  const ref = await withFreshPage(browser, { viewport }, async ({ page, guard }) => {
    await guard(page.goto(referenceUrl(app)));
    await guard(waitForMark(page, 'ref:first-render', 1, timeoutMs));
    return page.evaluate(() => window.__ref?.positions() ?? {});
  });
  const ids = new Set([...Object.keys(app.positions), ...Object.keys(ref)]);
  let delta: number | null = 0;
  for (const id of ids) {
    const p = app.positions[id];
    const q = ref[id];
    delta = p && q && delta !== null ? Math.max(delta, Math.hypot(p.x - q.x, p.y - q.y)) : null;
  }
  if (delta === null)
    throw new Error(
      `the reference's start view shows other nodes than the app's (${Object.keys(ref).length} vs ` +
        `${Object.keys(app.positions).length}); src/view may have changed since dist/ was built: pass --build`,
    );
  return { canvas: app.canvas, viewport: app.viewport, startPositionsMaxDelta: delta };
}
