import { expect, test } from '@playwright/test';

test('the first page draws the plan’s top levels with legible Chinese labels', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '太谷战略图谱' })).toBeVisible();
  await page.waitForFunction(() => Object.keys(window.__taiguCanvas?.positions() ?? {}).length > 10);
  const ids = await page.evaluate(() => Object.keys(window.__taiguCanvas!.positions()));
  expect(ids).toContain('taigu-plan-2021');
  expect(ids).toContain('goal-agri-hi-tech-zone');
  // The canvas really painted: many distinct colours, not a blank rectangle.
  const shot = await page.getByTestId('graph-canvas').screenshot();
  expect(shot.byteLength).toBeGreaterThan(20_000);
  expect(errors).toEqual([]);
});
