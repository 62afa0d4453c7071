import { expect, openApp, positions, settle, test } from './fixtures';

/** Part-of pairs (child, parent) among the shown nodes. */
const partOfPairs = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const { model } = window.__taigu!.store.getState();
    const shown = window.__taiguCanvas!.positions();
    return Object.keys(shown).flatMap((id) => {
      const parent = model!.parent.get(id);
      return parent !== undefined && shown[parent] ? [[id, parent] as const] : [];
    });
  });

test('a link opens the tree layout; the switch changes to radial and the link follows', async ({ page }) => {
  await openApp(page, '?layout=tree');
  await expect(page.getByRole('button', { name: '树状' })).toHaveAttribute('aria-pressed', 'true');
  let at = await positions(page);
  const pairs = await partOfPairs(page);
  expect(pairs.length).toBeGreaterThan(20);
  // Tree: every part-of edge points rightward, from parent to child.
  for (const [child, parent] of pairs) expect(at[child]!.x).toBeGreaterThan(at[parent]!.x);

  await page.getByRole('button', { name: '放射' }).click();
  await settle(page);
  await expect(page).not.toHaveURL(/layout=/); // radial is the default: the link names no layout
  at = await positions(page);
  // Radial: the plan at the centre, every child farther out than its parent.
  const root = 'taigu-plan-2021';
  const r = (id: string) => Math.hypot(at[id]!.x - at[root]!.x, at[id]!.y - at[root]!.y);
  for (const [child, parent] of pairs) expect(r(child)).toBeGreaterThan(r(parent));

  await page.getByRole('button', { name: '网络' }).click();
  await settle(page);
  await expect(page).toHaveURL(/layout=network/);
});
