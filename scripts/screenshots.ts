/**
 * `npm run screenshots` — serves the production build (run `npm run build` first) and writes the README's
 * screenshots to docs/screenshots/ in both languages at 1920×1080: the start view in each layout, the whole plan
 * open in the radial layout, an expanded branch with details, the dark theme, a step of a tour in presentation
 * mode, and on a 390×844 phone: the start view, a branch with its details, the menu and a presentation step. `npm run screenshots -- present-step` writes only the shots whose name starts with
 * the argument.
 */
import type { Page } from '@playwright/test';
import { openShotSession, settleShot } from './lib/shot-session';

// E2E_PORT lets a second checkout take its own port, as for the browser tests.
const port = Number(process.env.E2E_PORT ?? 4179);
const { base, browser, close } = await openShotSession(port);

const settle = (page: Page) => settleShot(page, 900);

const branch = '?x=goal-agri-hi-tech-zone.concept-gucheng-yuan&s=goal-agri-hi-tech-zone';
const phoneBranch = '?x=goal-rural-revitalization&s=goal-rural-revitalization';
const shots: { name: string; query: string; phone?: boolean; fit?: boolean; then?: 'details' | 'menu' }[] = [
  { name: 'start', query: '' },
  { name: 'start-tree', query: '?layout=tree' },
  { name: 'start-network', query: '?layout=network' },
  { name: 'all-radial', query: '?x=*', fit: true },
  { name: 'all-tree', query: '?layout=tree&x=*', fit: true },
  { name: 'branch-details', query: branch },
  { name: 'dark', query: '?x=principle-culture.principle-sannong&s=principle-sannong&theme=dark' },
  { name: 'present-step', query: '?present=overview&step=3' },
  { name: 'phone-start', query: '', phone: true },
  { name: 'phone-branch', query: phoneBranch, phone: true, then: 'details' },
  { name: 'phone-menu', query: '', phone: true, then: 'menu' },
  { name: 'phone-present', query: '?present=overview&step=3', phone: true },
];
const only = process.argv[2];

for (const lang of ['zh', 'en'] as const) {
  for (const shot of shots.filter((s) => !only || s.name.startsWith(only))) {
    const phone = {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    };
    const context = await browser.newContext(
      shot.phone ? phone : { viewport: { width: 1920, height: 1080 } },
    );
    const page = await context.newPage();
    const sep = shot.query ? '&' : '?';
    await page.goto(base + shot.query + (lang === 'en' ? `${sep}lang=en` : ''));
    await settle(page);
    // The link's details wait in a strip; raised, they cover the lower half with the node still in view.
    if (shot.then === 'details') await page.locator('.sheet-handle').tap();
    if (shot.then === 'menu') await page.locator('header button[aria-haspopup="dialog"]').tap();
    if (shot.then) await settle(page);
    if (shot.fit) {
      await page.getByRole('button', { name: lang === 'en' ? 'Fit to window' : '适应窗口' }).click();
      await settle(page);
    }
    const file = `docs/screenshots/${shot.name}-${lang}.png`;
    await page.screenshot({ path: file });
    console.log('wrote', file);
    await context.close();
  }
}
await close();
