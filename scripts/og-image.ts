/**
 * `npm run og-image` (after `npm run build`): writes public/og-image.png, the 1200 × 630 picture a chat or a
 * social site shows when a link to the app is pasted, made by the app's own export code from the start view in
 * headless Chromium (Debian's), and the PNG icons from public/favicon.svg. Both are committed, so a plain build
 * needs no browser; `npm test` fails when the start view has changed since the picture was made.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '../bench/lib/serve';
import { CHROMIUM_LAUNCH } from './lib/chromium';
import {
  PREVIEW_FILE,
  PREVIEW_SIZE,
  readPng,
  STAMP_KEY,
  startViewStamp,
  withPngText,
} from './lib/preview-image';

/** Export margins and title band at 1× (src/export/sizing.ts BANDS): the canvas must be the rest. */
const MARGIN = 32;
const TITLE = 58;
const CANVAS = { width: PREVIEW_SIZE.width - 2 * MARGIN, height: PREVIEW_SIZE.height - 2 * MARGIN - TITLE };
const ICONS = [
  { file: 'icon-192.png', size: 192, pad: 0 },
  { file: 'icon-512.png', size: 512, pad: 0 },
  { file: 'icon-maskable-512.png', size: 512, pad: 0.12 },
  { file: 'apple-touch-icon.png', size: 180, pad: 0 },
  { file: 'favicon-32.png', size: 32, pad: 0 },
];

const canvasSize = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('.graph-canvas')!;
    return { width: el.clientWidth, height: el.clientHeight };
  });

async function previewImage(page: Page, url: string): Promise<Buffer> {
  // The full app, sized so that its canvas (the start view, framed as a reader first sees it) is the picture.
  let viewport = { width: CANVAS.width + 280, height: CANVAS.height + 160 };
  await page.setViewportSize(viewport);
  await page.goto(url);
  await page.waitForFunction(
    () => Object.keys(window.__taiguCanvas?.positions() ?? {}).length > 5,
    undefined,
    {
      timeout: 60_000,
    },
  );
  for (let i = 0; i < 3; i++) {
    const now = await canvasSize(page);
    if (now.width === CANVAS.width && now.height === CANVAS.height) break;
    viewport = {
      width: viewport.width + CANVAS.width - now.width,
      height: viewport.height + CANVAS.height - now.height,
    };
    await page.setViewportSize(viewport);
    await page.waitForTimeout(300);
  }
  await page.evaluate(() => window.__taigu!.camera.fit());
  await page.waitForTimeout(1200);
  const [download, made] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(() =>
      window.__taiguExport!.save({
        scope: 'view',
        size: 'screen1',
        title: true,
        legend: false,
        footer: false,
        background: 'white',
        format: 'png',
      }),
    ),
  ]);
  if (made.width !== PREVIEW_SIZE.width || made.height !== PREVIEW_SIZE.height)
    throw new Error(`the export came out ${made.width} × ${made.height}, not 1200 × 630`);
  return readFileSync((await download.path())!);
}

async function icons(page: Page, publicDir: string): Promise<void> {
  const svg = readFileSync(resolve(publicDir, 'favicon.svg'), 'utf8');
  const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  for (const { file, size, pad } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const inset = Math.round(size * pad);
    // A maskable icon keeps its mark inside the safe zone, on the icon's own colour.
    await page.setContent(
      `<body style="margin:0;background:${pad ? '#a8321e' : 'transparent'}">` +
        `<img src="${data}" style="display:block;margin:${inset}px;width:${size - 2 * inset}px;height:${size - 2 * inset}px"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(resolve(publicDir, file), await page.screenshot({ omitBackground: true }));
  }
}

const dist = resolve('dist');
const publicDir = resolve('public');
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error('og-image: no build in dist/: run `npm run build` first');
  process.exit(1);
}
const server = await serveStatic(dist);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const context = await browser.newContext({ acceptDownloads: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const png = withPngText(await previewImage(page, server.url), STAMP_KEY, startViewStamp());
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  writeFileSync(resolve(publicDir, PREVIEW_FILE), png);
  const read = readPng(png);
  console.log(
    `wrote public/${PREVIEW_FILE}: ${read.width} × ${read.height} px, ${png.length} bytes, stamp ${read.text[STAMP_KEY]}`,
  );
  await icons(page, publicDir);
  console.log(`wrote ${ICONS.map((i) => `public/${i.file}`).join(', ')}`);
} catch (e) {
  console.error(`og-image: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
