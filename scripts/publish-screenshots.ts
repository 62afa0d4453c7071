/**
 * `npm run screenshots:publish` — serves the production build (run `npm run build` first) and writes the README's
 * publishing screenshots to docs/screenshots/: the share dialog in both languages, the embed code pasted into
 * another site's article, and the kiosk's "take this view with you" card.
 */
import { hostPage } from '../e2e/host-site';
import { openShotSession, settleShot } from './lib/shot-session';

const port = Number(process.env.E2E_PORT ?? 4179);
const { base, browser, close } = await openShotSession(port);
const branch = '?x=goal-agri-hi-tech-zone&s=goal-agri-hi-tech-zone';

for (const lang of ['zh', 'en'] as const) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${base}${branch}${lang === 'en' ? '&lang=en' : ''}`);
  await settleShot(page, 900);
  await page.getByRole('button', { name: lang === 'en' ? 'Share' : '分享' }).click();
  await page
    .getByRole('dialog')
    .getByRole('img', { name: /^(QR code|二维码)/ })
    .waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `docs/screenshots/share-dialog-${lang}.png` });
  console.log(`wrote docs/screenshots/share-dialog-${lang}.png`);
  await page.close();
}

// The embed code as the share dialog gives it, in an article of another site (here: the same server).
{
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(base);
  await settleShot(page, 300);
  await page.getByRole('button', { name: '分享' }).click();
  const code = await page.getByRole('textbox', { name: '嵌入代码' }).inputValue();
  await page.close();
  const host = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  await host.route('**/article.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostPage(code) }),
  );
  await host.goto(`${base}article.html`);
  const frame = await (await host.waitForSelector('iframe')).contentFrame();
  await frame!.waitForFunction(() => Object.keys(window.__taiguCanvas?.positions() ?? {}).length > 5);
  await host.waitForTimeout(1200);
  await host.screenshot({ path: 'docs/screenshots/embed-host-zh.png' });
  console.log('wrote docs/screenshots/embed-host-zh.png');
  await host.close();
}

{
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  await page.goto(`${base}?kiosk&share=https://example.org/taigu/`);
  await settleShot(page, 300);
  await page.touchscreen.tap(960, 600);
  await page.getByRole('region', { name: '带走这个视图' }).waitFor();
  await page.waitForTimeout(900);
  await page.screenshot({ path: 'docs/screenshots/kiosk-take-away-zh.png' });
  console.log('wrote docs/screenshots/kiosk-take-away-zh.png');
  await page.close();
}

await close();
