import { devices } from '@playwright/test';
import { clickNode, expect, openApp, positions, settle, storeState, test } from './fixtures';

test('the keyboard alone reaches, reads and drives the graph', async ({ page }) => {
  await openApp(page);
  // Tab from the top of the page into the outline.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'treeitem')) break;
  }
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('role', 'treeitem');
  await expect(focused).toHaveAttribute('data-id', 'taigu-plan-2021');
  // Focus is visible.
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement!.querySelector('.outline-row')!).outlineStyle,
  );
  expect(outline).toBe('solid');

  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAttribute('data-id', 'part-opening');
  // Down through the opening's members (open at the start) to the first numbered part.
  for (let i = 0; i < 12 && (await focused.getAttribute('data-id')) !== 'part-1-goals'; i++)
    await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAttribute('data-id', 'part-1-goals');
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAttribute('data-id', 'goal-agri-hi-tech-zone');
  await page.keyboard.press('ArrowRight'); // opens it, on the canvas too
  await settle(page);
  expect(Object.keys(await positions(page))).toContain('concept-gucheng-yuan');
  await page.keyboard.press('ArrowRight'); // steps into the first child
  await expect(focused).toHaveAttribute('data-id', 'measure-agri-tech-innovation');
  await page.keyboard.press('Enter');
  expect(await storeState(page, 'selected')).toBe('measure-agri-tech-innovation');
  await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toContainText('农业科技创新');
  await page.keyboard.press('ArrowLeft'); // up to the parent
  await expect(focused).toHaveAttribute('data-id', 'goal-agri-hi-tech-zone');
  await page.keyboard.press('ArrowLeft'); // folds it
  await settle(page);
  expect(Object.keys(await positions(page))).not.toContain('concept-gucheng-yuan');
  await page.keyboard.press('End');
  await expect(focused).toHaveAttribute('data-id', 'context-background');
  await page.keyboard.press('Home');
  await expect(focused).toHaveAttribute('data-id', 'taigu-plan-2021');
  await page.keyboard.press('Escape');
  expect(await storeState(page, 'selected')).toBeNull();

  // Search by keyboard.
  await page.getByRole('combobox', { name: '搜索' }).focus();
  await page.keyboard.type('gcy');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  expect(await storeState(page, 'selected')).toBe('concept-gucheng-yuan');
});

test.describe('on a phone', () => {
  const { defaultBrowserType: _b, ...pixel } = devices['Pixel 7'];
  test.use(pixel);

  test('tap, pinch-zoom and drag work; panels are sheets; targets are large enough', async ({
    page,
    context,
  }) => {
    await openApp(page);
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;

    // Every visible control is at least 44 px tall.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({
          name: el.textContent || el.getAttribute('aria-label'),
          h: el.getBoundingClientRect().height,
        }))
        .filter((b) => b.h < 44),
    );
    expect(small).toEqual([]);

    // Tap a goal: it opens and its details come up as a sheet.
    await clickNode(page, 'part-1-goals', 'label', 'touch');
    expect(await storeState(page, 'selected')).toBe('part-1-goals');
    const sheet = page.getByRole('complementary', { name: '详情' });
    await expect(sheet).toBeVisible();
    await sheet.getByRole('button', { name: '关闭详情' }).click();
    await expect(sheet).toBeHidden();

    // Pinch out with two fingers through DevTools touch events.
    const cdp = await context.newCDPSession(page);
    const cx = canvas.x + canvas.width / 2;
    const cy = canvas.y + canvas.height / 2;
    const zoomBefore = await page.evaluate(() => window.__taiguCanvas!.viewport().zoom);
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [
        { x: cx - 30, y: cy, id: 1 },
        { x: cx + 30, y: cy, id: 2 },
      ],
    });
    for (let step = 1; step <= 10; step++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [
          { x: cx - 30 - step * 10, y: cy, id: 1 },
          { x: cx + 30 + step * 10, y: cy, id: 2 },
        ],
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settle(page);
    const zoomAfter = await page.evaluate(() => window.__taiguCanvas!.viewport().zoom);
    expect(zoomAfter).toBeGreaterThan(zoomBefore * 1.5);

    // One finger on empty canvas drags the view.
    const empty = await page.evaluate(
      ({ w, h }) => {
        // Clear of every shape and label as drawn (labels sit beneath, along rays, or beside in the portrait tree).
        const boxes = Object.values(window.__taiguCanvas!.labelOutlines()).map((o) => {
          const pts = [...o.label, ...o.shape];
          const xs = pts.map((p) => p.x);
          const ys = pts.map((p) => p.y);
          return [Math.min(...xs) - 30, Math.min(...ys) - 30, Math.max(...xs) + 30, Math.max(...ys) + 30];
        });
        for (let y = 40; y < h - 40; y += 20)
          for (let x = 20; x < w - 20; x += 20)
            if (boxes.every(([x1, y1, x2, y2]) => x < x1! || x > x2! || y < y1! || y > y2!)) return { x, y };
        return { x: 20, y: 40 };
      },
      { w: canvas.width, h: canvas.height },
    );
    const sx = canvas.x + empty.x;
    const sy = canvas.y + empty.y;
    const panBefore = await page.evaluate(() => window.__taiguCanvas!.viewport().pan);
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: sx, y: sy, id: 3 }],
    });
    for (let step = 1; step <= 8; step++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: sx + step * 10, y: sy, id: 3 }],
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settle(page);
    const panAfter = await page.evaluate(() => window.__taiguCanvas!.viewport().pan);
    expect(panAfter.x - panBefore.x).toBeGreaterThan(40);

    // The outline is a sheet too.
    await page.getByRole('button', { name: '大纲与筛选' }).click();
    await expect(page.getByRole('tree', { name: '大纲' })).toBeVisible();
  });
});
