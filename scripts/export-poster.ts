/**
 * `npm run export -- --out poster.png [...]` — renders the built app (dist/, run `npm run build` first) in
 * headless Chromium (Debian's) and writes an export, for batch and print use. The same export code as the
 * dialog, driven through window.__taiguExport. Exits non-zero with a clear message on any failure.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { serveStatic } from '../bench/lib/serve';
import { CHROMIUM_LAUNCH } from './lib/chromium';
import { parsePosterArgs, posterQuery, POSTER_USAGE, type PosterArgs } from '../src/export/command-args';

class Refused extends Error {}

async function run(a: PosterArgs): Promise<string> {
  const dist = resolve('dist');
  if (!existsSync(resolve(dist, 'index.html')))
    throw new Refused('no build in dist/: run `npm run build` first');
  const server = await serveStatic(dist);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const context = await browser.newContext({
      viewport: { width: 1600, height: 1000 },
      acceptDownloads: true,
    });
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + posterQuery(a));
    await page
      .waitForFunction(
        () => {
          const s = window.__taigu?.store.getState();
          return (
            s?.status === 'error' ||
            (s?.status === 'ready' && Object.keys(window.__taiguCanvas?.positions() ?? {}).length > 0)
          );
        },
        undefined,
        { timeout: 60_000 },
      )
      .catch(() => {
        throw new Refused(`the app did not start${errors.length ? `: ${errors.join('; ')}` : ''}`);
      });
    const state = await page.evaluate(() => {
      const s = window.__taigu!.store.getState();
      return {
        status: s.status,
        graphId: s.graphId,
        graphs: s.index?.graphs.map((g) => g.id) ?? [],
        ids: s.model ? [...s.model.nodes.keys()] : [],
      };
    });
    if (state.status !== 'ready') throw new Refused('the graph could not be loaded');
    if (a.graph && state.graphId !== a.graph)
      throw new Refused(`unknown graph "${a.graph}"; graphs: ${state.graphs.join(', ')}`);
    const known = new Set(state.ids);
    const unknown = [...(a.expand === 'all' ? [] : a.expand), ...(a.focus ? [a.focus] : [])].filter(
      (id) => !known.has(id),
    );
    if (unknown.length) throw new Refused(`unknown node id(s) in ${state.graphId}: ${unknown.join(', ')}`);
    // The view's layout too, so that scope 'view' draws the one asked for.
    await page.evaluate((layout) => window.__taigu!.store.getState().setLayout(layout), a.layout);
    // Let the expansions settle (no animation needed; positions are a pure function of the log).
    await page.waitForTimeout(400);

    const options = {
      scope: a.scope,
      layout: a.layout,
      size: a.size,
      customWidth: a.width,
      orientation: a.orientation,
      background: a.bg,
      title: a.title,
      legend: a.legend,
      footer: a.footer,
      format: a.format,
      link: a.linkBase ? a.linkBase + posterQuery(a) : undefined,
    };
    const plan = await page.evaluate((o) => window.__taiguExport!.plan(o), options);
    if (!plan.ok)
      throw new Refused(
        `${plan.width} × ${plan.height} px is more than this browser can draw (Chromium: 268,435,456 px, 32,767 px a side); ` +
          `the largest width that works for this picture is ${plan.suggestedWidth} px (--width ${plan.suggestedWidth})`,
      );
    const [download, made] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      page.evaluate((o) => window.__taiguExport!.save(o), options),
    ]);
    mkdirSync(dirname(resolve(a.out)), { recursive: true });
    await download.saveAs(resolve(a.out));
    const bytes = readFileSync(resolve(a.out));
    if (a.format === 'png' && (bytes.length < 100 || bytes.readUInt32BE(16) !== made.width))
      throw new Refused('the written file is not the PNG that was asked for');
    const report = await page.evaluate((o) => window.__taiguExport!.check(o), options);
    if (errors.length) throw new Refused(`page errors: ${errors.join('; ')}`);
    const pt = (px: number) => (plan.dpi ? ` (${((px * 72) / plan.dpi).toFixed(1)} pt)` : '');
    return (
      `wrote ${a.out}: ${made.width} × ${made.height} px${plan.dpi ? `, ${plan.dpi} dpi` : ''}, ${bytes.length} bytes\n` +
      `${report.layout} layout: ${report.nodes.length} nodes, smallest label ${report.smallestLabelPx.toFixed(1)} px` +
      `${pt(report.smallestLabelPx)}, labels ${report.boost.toFixed(2)}× screen size, ` +
      `${report.overlaps.length} overlapping pairs, ${report.outside.length} outside the page`
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  const args = parsePosterArgs(process.argv.slice(2));
  console.log(await run(args));
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  console.error(`export: ${message}`);
  if (!(e instanceof Refused) && !/needs|must|unknown|unexpected|required|give/.test(message))
    console.error(e);
  if (/required|unknown option|unexpected/.test(message)) console.error(POSTER_USAGE);
  process.exit(1);
}
