/**
 * `npm run screenshots` — serves the production build (run `npm run build` first) and writes the README's
 * screenshots to docs/screenshots/ in both languages at 1920×1080: the start view in each layout, the whole plan
 * open in the radial layout, an expanded branch with details, the dark theme, the phone layout and a step of a
 * tour in presentation mode. `npm run screenshots -- present-step` writes only the shots whose name starts with
 * the argument.
 */
import { devices, type Page } from '@playwright/test';
import { openShotSession, settleShot } from './lib/shot-session';

// E2E_PORT lets a second checkout take its own port, as for the browser tests.
const port = Number(process.env.E2E_PORT ?? 4179);
const { base, browser, close } = await openShotSession(port);

const settle = (page: Page) => settleShot(page, 900);

const branch = '?x=goal-agri-hi-tech-zone.concept-gucheng-yuan&s=goal-agri-hi-tech-zone';
const shots: { name: string; query: string; phone?: boolean; fit?: boolean }[] = [
  { name: 'start', query: '' },
  { name: 'start-tree', query: '?layout=tree' },
  { name: 'start-network', query: '?layout=network' },
  { name: 'all-radial', query: '?x=*', fit: true },
  { name: 'branch-details', query: branch },
  { name: 'dark', query: '?x=principle-culture.principle-sannong&s=principle-sannong&theme=dark' },
  { name: 'phone', query: '?x=goal-rural-revitalization&s=goal-rural-revitalization', phone: true },
  { name: 'present-step', query: '?present=overview&step=3' },
];
const only = process.argv[2];

for (const lang of ['zh', 'en'] as const) {
  for (const shot of shots.filter((s) => !only || s.name.startsWith(only))) {
    const { defaultBrowserType: _ignored, ...pixel } = devices['Pixel 7'];
    const context = await browser.newContext(
      shot.phone ? pixel : { viewport: { width: 1920, height: 1080 } },
    );
    const page = await context.newPage();
    const sep = shot.query ? '&' : '?';
    await page.goto(base + shot.query + (lang === 'en' ? `${sep}lang=en` : ''));
    await settle(page);
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
