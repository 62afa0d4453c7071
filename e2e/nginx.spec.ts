import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { CSP } from '../scripts/lib/vite-csp';
import { appFrame, frameReady } from './embed-helpers';
import { expect, test, waitForCanvas } from './fixtures';
import { startHostSite, type HostSite } from './host-site';
import { startNginx, type Nginx } from './nginx-server';

/**
 * The deployment docs/deploy.md describes, for real: a build made with the site's public address (SITE_URL),
 * served by Debian's nginx under /taigu/ with deploy/nginx/*.conf. Headers, the app, a deep link, the embed
 * framed by another site and the kiosk's offline reload.
 */
const PORT = 4312;
const HOST_PORT = 4313;
const SITE = `http://127.0.0.1:${PORT}/taigu/`;
const NODE = 'goal-agri-hi-tech-zone';
let nginx: Nginx;
let host: HostSite;
let dist: string;

test.use({ otherOrigins: [`http://127.0.0.1:${PORT}`, `http://localhost:${HOST_PORT}`] });
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dist = mkdtempSync(join(tmpdir(), 'taigu-site-'));
  chmodSync(dist, 0o755); // nginx's workers (user nobody when started as root) read it
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--configLoader', 'runner', '--outDir', dist, '--emptyOutDir'],
    {
      env: { ...process.env, SITE_URL: SITE },
      encoding: 'utf8',
    },
  );
  if (build.status !== 0)
    throw new Error(`the build with SITE_URL failed:\n${build.stdout}\n${build.stderr}`);
  nginx = await startNginx(dist, PORT);
  host = await startHostSite(HOST_PORT);
});
test.afterAll(async () => {
  await nginx?.stop();
  await host?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

test('headers: the CSP with frame-ancestors, a year for hashed files, no-cache for the page and data, gzip', async ({
  request,
}) => {
  const get = (path: string) => request.get(SITE + path, { headers: { 'Accept-Encoding': 'gzip' } });
  const page = await get('');
  expect(page.status()).toBe(200);
  const h = page.headers();
  expect(h['content-security-policy']).toBe(`${CSP}; frame-ancestors 'self'`);
  expect(h['cache-control']).toBe('no-cache');
  expect(h['content-encoding']).toBe('gzip');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['x-frame-options']).toBeUndefined();
  // Only an embed link may be framed by any site.
  expect((await get('?embed&s=a')).headers()['content-security-policy']).toMatch(/; frame-ancestors \*$/);
  expect((await get('?s=a&embed')).headers()['content-security-policy']).toMatch(/; frame-ancestors \*$/);
  expect((await get('?embedded=1')).headers()['content-security-policy']).toMatch(/frame-ancestors 'self'$/);

  const html = await page.text();
  const script = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(html)![1]!;
  const asset = await get(script);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['content-type']).toMatch(/javascript/);

  const data = await get('graph-data/taigu-2021/graph.json');
  expect(data.headers()['cache-control']).toBe('no-cache');
  expect(data.headers()['content-encoding']).toBe('gzip');
  expect((await data.json()).nodes.length).toBeGreaterThan(100);
  expect((await get('sw.js')).headers()['cache-control']).toBe('no-cache');
  expect((await get('manifest.webmanifest')).headers()['content-type']).toBe('application/manifest+json');
  expect((await get('robots.txt')).status()).toBe(200);
  const bare = await request.get(`http://127.0.0.1:${PORT}/taigu`, { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toMatch(/\/taigu\/$/);
});

test('the link preview: an absolute og:image that exists, 1200 × 630, and the canonical address', async ({
  request,
}) => {
  const html = await (await request.get(SITE)).text();
  const tag = (property: string) =>
    new RegExp(`<meta property="${property}" content="([^"]+)"`).exec(html)?.[1];
  expect(tag('og:url')).toBe(SITE);
  expect(html).toContain(`<link rel="canonical" href="${SITE}">`);
  const image = tag('og:image')!;
  expect(image).toBe(`${SITE}og-image.png`);
  const file = await request.get(image);
  expect(file.headers()['content-type']).toBe('image/png');
  const png = PNG.sync.read(await file.body());
  expect([png.width, png.height]).toEqual([1200, 630]);
  // A build without SITE_URL (the one the other tests use) writes no address at all.
  const plain = readFileSync('dist/index.html', 'utf8');
  expect(plain).not.toMatch(/og:image"|og:url"|rel="canonical"/);
});

test('the app and a deep link under /taigu/', async ({ page }) => {
  await page.goto(`${SITE}?x=${NODE}&s=${NODE}&lang=en`);
  await waitForCanvas(page);
  const s = await page.evaluate(() => {
    const st = window.__taigu!.store.getState();
    return { selected: st.selected, lang: st.lang };
  });
  expect(s).toEqual({ selected: NODE, lang: 'en' });
  await expect(page.getByTestId('details').getByRole('heading', { level: 2 })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/taigu/');
});

test('the embed, framed by another site', async ({ page }) => {
  const code = `<iframe src="${SITE}?embed&x=${NODE}" title="太谷战略图谱" style="display:block;width:100%;aspect-ratio:16/10;border:0"></iframe>`;
  await page.goto(host.page('/nginx-article', code));
  const frame = await appFrame(page);
  await frameReady(frame);
  await expect(frame.getByRole('button', { name: '点击探索 · Click to explore' })).toBeVisible();
  expect(await frame.evaluate(() => window.__taigu!.store.getState().ops)).toEqual([
    { op: 'expand', id: NODE },
  ]);
});

test("the kiosk's offline reload", async ({ page, context }) => {
  await page.goto(`${SITE}?kiosk&share=https://example.org/taigu/`);
  await waitForCanvas(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  await context.setOffline(true);
  const reached: string[] = [];
  await context.route('**/*', (route) => {
    reached.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByTestId('kiosk-attract')).toBeVisible();
  expect(reached).toEqual([]);
});
