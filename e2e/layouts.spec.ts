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

test('radial: the edges to a member’s opened parts start past its label, never over it', async ({ page }) => {
  const member = 'goal-agri-hi-tech-zone';
  await openApp(page, `?x=${member}`);
  const { reach, ends } = await page.evaluate((id) => {
    type P = { x: number; y: number };
    const c = window.__taiguCanvas!.renderedPositions()[id]!;
    const label = window.__taiguCanvas!.labelOutlines()[id]!.label;
    // The member's ray: from its centre through its label's.
    const mid = label.reduce((m, p) => ({ x: m.x + p.x / label.length, y: m.y + p.y / label.length }), {
      x: 0,
      y: 0,
    });
    const len = Math.hypot(mid.x - c.x, mid.y - c.y);
    const along = (p: P) => ((p.x - c.x) * (mid.x - c.x) + (p.y - c.y) * (mid.y - c.y)) / len;
    const edges = Object.values(window.__taiguCanvas!.edgeStyles());
    return {
      reach: Math.max(...label.map(along)),
      ends: edges.filter((e) => e.relation === 'part-of' && e.targetId === id).map((e) => along(e.targetEnd)),
    };
  }, member);
  expect(ends.length).toBeGreaterThanOrEqual(6);
  // The label runs outward along the member's ray; each edge to a part ends on that ray past the label's end.
  for (const d of ends) expect(d).toBeGreaterThan(reach);
});
