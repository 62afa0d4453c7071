import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { clickNode, expect, openApp, test, waitForCanvas } from './fixtures';
import { openExportDialog } from './png-check';

/**
 * axe-core on every screen a person meets: WCAG 2.2 A and AA, plus the check that a control's accessible name
 * contains its visible text (WCAG 2.5.3, so a voice-control user can say what they see).
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, disabled: string[] = []): Promise<void> {
  const rules: Record<string, { enabled: boolean }> = {
    // Label in Name (WCAG 2.5.3). Earlier axe releases tagged it experimental and skipped it unless named.
    'label-content-name-mismatch': { enabled: true },
  };
  for (const id of disabled) rules[id] = { enabled: false };
  // One options object: withTags, withRules, disableRules and options() each replace what the others set.
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: TAGS }, rules })
    .analyze();
  const found = results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')} — ${v.help}`),
  );
  expect(found, `${found.length} axe violation(s): rule (impact): target — what it asks`).toEqual([]);
  // The rule really ran (it is listed somewhere in the results, not skipped).
  const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable];
  expect(ran.map((r) => r.id)).toContain('label-content-name-mismatch');
}

test.describe('accessibility (axe)', () => {
  test('the start view, in Chinese', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { name: '太谷战略图谱' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('in English with the dark theme', async ({ page }) => {
    await openApp(page, '?lang=en&theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('heading', { name: 'Taigu Strategy Graph' })).toBeVisible();
    await expectNoViolations(page);
  });

  test("with a node's details open", async ({ page }) => {
    await openApp(page);
    await clickNode(page, 'goal-agri-hi-tech-zone', 'label');
    await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toBeVisible();
    await expectNoViolations(page);
  });

  test('with the export dialog open', async ({ page }) => {
    await openApp(page, '?x=goal-agri-hi-tech-zone&s=goal-agri-hi-tech-zone');
    const dialog = await openExportDialog(page);
    await expect(dialog.getByRole('img', { name: '导出效果预览' })).toBeVisible({ timeout: 60_000 });
    await expectNoViolations(page);
  });

  test('with the share dialog open', async ({ page }) => {
    await openApp(page, '?x=goal-agri-hi-tech-zone&s=goal-agri-hi-tech-zone');
    await page.getByRole('button', { name: '分享' }).click();
    const dialog = page.getByRole('dialog', { name: '分享此视图' });
    await expect(dialog.getByRole('img', { name: /^二维码：/ })).toBeVisible();
    await expectNoViolations(page);
  });

  test('the embedded view, covered and lifted', async ({ page }) => {
    await openApp(page, '?embed&x=goal-agri-hi-tech-zone');
    await expect(page.getByRole('button', { name: '点击探索 · Click to explore' })).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole('button', { name: '点击探索 · Click to explore' }).click();
    await expect(page.getByRole('button', { name: '完成' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('in presentation mode', async ({ page }) => {
    await openApp(page, '?present=overview');
    await expect(page.getByTestId('present-caption')).toBeVisible();
    await expectNoViolations(page);
  });

  test.describe('in the kiosk', () => {
    test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, isMobile: false });

    test('while exploring', async ({ page }) => {
      await page.clock.install();
      await page.goto('/?kiosk');
      await waitForCanvas(page);
      await expect(page.getByTestId('kiosk-attract')).toBeVisible();
      await page.touchscreen.tap(960, 600);
      await expect
        .poll(() => page.evaluate(() => window.__taigu!.store.getState().kiosk.phase))
        .toBe('explore');
      await expect(page.getByTestId('kiosk-attract')).toBeHidden();
      // The kiosk's viewport forbids zooming on purpose: an unattended screen in a hall is locked down
      // (lockdown.ts), so the rule against user-scalable=no is off here, and only here.
      await expectNoViolations(page, ['meta-viewport']);
    });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

    test('the start view', async ({ page }) => {
      await openApp(page);
      // The header is one row; the zoom buttons float over the canvas (the rest is in the menu, phone.spec.ts).
      await expect(page.getByRole('toolbar', { name: '缩放' })).toBeVisible();
      await expectNoViolations(page);
    });
  });
});
