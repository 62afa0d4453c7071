import type { Page } from '@playwright/test';
import { expect, openApp, settle, storeState, test } from './fixtures';

/**
 * Positions that become known while the layout worker is still busy with an older request (collapse all, reset
 * view, a filter, another graph) must leave the canvas idle and the camera obeying at once.
 */
const layoutMark = (page: Page) =>
  page.evaluate(() => document.querySelector('.graph-canvas')!.getAttribute('data-layout'));
const zoom = (page: Page) => page.evaluate(() => window.__taiguCanvas!.viewport().zoom);

async function expandAllThen(page: Page, then: () => Promise<void>) {
  // The network layout: its worker takes longest, so a later step reliably overtakes the answer on its way.
  await openApp(page, '?layout=network');
  await page.getByRole('button', { name: '全部展开' }).click();
  await then();
}

test.describe('while a layout is on its way', () => {
  test('expand all, then at once collapse all: the canvas is idle and the zoom and reset buttons work', async ({
    page,
  }) => {
    await expandAllThen(page, () => page.getByRole('button', { name: '全部折叠' }).click());
    await expect.poll(() => layoutMark(page), { timeout: 5_000 }).toBe('idle');
    await settle(page);
    const before = await zoom(page);
    await page.getByRole('button', { name: '放大', exact: true }).click();
    await expect.poll(() => zoom(page)).toBeCloseTo(before * 1.25, 2);
    // Reset view returns to the start view (in the default layout), as a fresh page opens it.
    // A new visitor's page: this one's stored view (the network) must not come back in it.
    const visitor = await page.context().browser()!.newContext({ viewport: page.viewportSize() });
    const fresh = await visitor.newPage();
    await openApp(fresh);
    const home = await zoom(fresh);
    await visitor.close();
    await page.getByRole('button', { name: '重置视图' }).click();
    await expect.poll(() => zoom(page)).toBeCloseTo(home, 2);
    // The worker's late answer for "everything open" changes nothing.
    await page.waitForTimeout(1500);
    expect(await layoutMark(page)).toBe('idle');
    expect(await storeState(page, 'ops')).toEqual([]);
  });

  test('expand all, then at once reset view: idle, and the start view', async ({ page }) => {
    await expandAllThen(page, () => page.getByRole('button', { name: '重置视图' }).click());
    await expect.poll(() => layoutMark(page), { timeout: 5_000 }).toBe('idle');
    const before = await zoom(page);
    await page.getByRole('button', { name: '缩小', exact: true }).click();
    await expect.poll(() => zoom(page)).toBeCloseTo(before * 0.8, 2);
  });

  test('expand all, then a filter: one answer, then idle with the filtered graph drawn', async ({ page }) => {
    await expandAllThen(page, async () => {
      await page.evaluate(() => window.__taigu!.store.getState().toggleKind('measure'));
    });
    await settle(page);
    expect(await layoutMark(page)).toBe('idle');
    const kinds = await page.evaluate(() => {
      const { model } = window.__taigu!.store.getState();
      return Object.keys(window.__taiguCanvas!.positions()).map((id) => model!.nodes.get(id)!.kind);
    });
    expect(kinds).not.toContain('measure');
    expect(kinds.length).toBeGreaterThan(100);
  });

  test('expand all, then another graph: idle, and the other graph drawn', async ({ page }) => {
    await expandAllThen(page, async () => {
      await page.getByRole('combobox', { name: '图谱', exact: true }).selectOption('example-qinghe-2030');
    });
    await expect.poll(() => storeState(page, 'graphId')).toBe('example-qinghe-2030');
    await expect.poll(() => layoutMark(page), { timeout: 5_000 }).toBe('idle');
    const before = await zoom(page);
    await page.getByRole('button', { name: '放大', exact: true }).click();
    await expect.poll(() => zoom(page)).toBeCloseTo(before * 1.25, 2);
  });
});
