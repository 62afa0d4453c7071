/**
 * `npm run screenshots:kiosk` — serves the production build (run `npm run build` first) and writes the kiosk's
 * screenshots to docs/screenshots/: the attract screen and the exploring view, 1920×1080 touch, in both languages.
 * Port: KIOSK_SHOT_PORT (default 4180).
 */
import { type Page } from '@playwright/test';
import { openShotSession, settleShot } from './lib/shot-session';

const port = Number(process.env.KIOSK_SHOT_PORT ?? 4180);
const { base, browser, close } = await openShotSession(port);

const settle = (page: Page) => settleShot(page, 1200);

for (const lang of ['zh', 'en'] as const) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${base}?kiosk&idle=600`);
  await settle(page);
  if (lang === 'zh') {
    await page.screenshot({ path: 'docs/screenshots/kiosk-attract-zh.png' });
    console.log('wrote docs/screenshots/kiosk-attract-zh.png');
  }
  // A visit: wake, switch language, pick a goal from the outline, open the outline again beside it.
  await page.touchscreen.tap(960, 600);
  if (lang === 'en') await page.locator('.kiosk-bar button:has([lang="en"])').tap();
  await page.locator('.kiosk-bar button').nth(1).tap();
  await page.locator('.kiosk-drawer [data-id="goal-agri-hi-tech-zone"]').tap();
  await page.evaluate(() => window.__taigu!.store.getState().expand('goal-agri-hi-tech-zone'));
  await settle(page);
  await page.locator('.kiosk-bar button').nth(2).tap();
  for (const l of ['G', 'C']) await page.getByRole('button', { name: l, exact: true }).tap();
  await page.waitForTimeout(400);
  const file = `docs/screenshots/kiosk-explore-${lang}.png`;
  await page.screenshot({ path: file });
  console.log('wrote', file);
  await context.close();
}
await close();
