import {
  clickNode,
  expect,
  maxShift,
  openApp,
  positions,
  settle,
  storeState,
  test,
  waitForCanvas,
} from './fixtures';

test('the last view of a graph comes back on return; a link wins; reset view forgets it', async ({
  page,
}) => {
  await openApp(page);
  await clickNode(page, 'goal-agri-hi-tech-zone');
  await clickNode(page, 'principle-culture', 'label');
  await page.getByRole('button', { name: '切换到英文' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await settle(page);
  await page.waitForTimeout(800); // the view is saved shortly after the reader stops
  const before = await positions(page);
  const camera = await page.evaluate(() => window.__taiguCanvas!.viewport());

  await page.goto('/');
  await waitForCanvas(page);
  await expect.poll(() => storeState(page, 'selected')).toBe('principle-culture');
  expect(await storeState(page, 'lang')).toBe('en');
  expect(maxShift(before, await positions(page))).toBeLessThan(1);
  const after = await page.evaluate(() => window.__taiguCanvas!.viewport());
  expect(after.zoom).toBeCloseTo(camera.zoom, 3);

  // An explicit link wins over the stored view.
  await page.goto('/?s=part-4-guarantees');
  await waitForCanvas(page);
  expect(await storeState(page, 'selected')).toBe('part-4-guarantees');
  expect(Object.keys(await positions(page))).not.toContain('concept-gucheng-yuan');

  // Reset view goes back to the start and forgets what was kept.
  await page.goto('/');
  await waitForCanvas(page);
  await expect.poll(() => storeState(page, 'selected')).toBe('part-4-guarantees');
  await page.getByRole('button', { name: '重置视图' }).click();
  await settle(page);
  expect(await storeState(page, 'selected')).toBeNull();
  expect(await storeState(page, 'ops')).toEqual([]);
  await page.waitForTimeout(800);
  await page.goto('/');
  await waitForCanvas(page);
  expect(await storeState(page, 'selected')).toBeNull();
});

test('the invented example graph opens from the graph picker', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: '图谱' }).selectOption('example-qinghe-2030');
  await expect.poll(() => storeState(page, 'graphId')).toBe('example-qinghe-2030');
  await expect(page.locator('.subtitle')).toContainText('青禾县');
  await expect.poll(async () => Object.keys(await positions(page)).length).toBeGreaterThan(5);
  expect(page.url()).toContain('g=example-qinghe-2030');
  await expect(page.getByRole('tree', { name: '大纲' })).toContainText('绿色发展示范县');
});
