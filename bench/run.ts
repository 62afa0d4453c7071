/**
 * `npm run bench`: the production build against a plain cytoscape + fcose reference page, in headless
 * Chromium, in one run. See bench/README.md. Exits non-zero only when something failed to run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { readArgs, USAGE, type BenchArgs } from './lib/args';
import { launchChromium, waitForMark, withFreshPage, type Size } from './lib/browser';
import {
  BUILD,
  REPO,
  buildReference,
  ensureAppBuild,
  prepareReferenceData,
  newerSources,
  snapshotDist,
  writeGivenPositions,
  type PreparedGraph,
} from './lib/prepare';
import { formatMarkdown, formatTable } from './lib/print';
import { Recorder, rowResults, seriesResults, type BenchResults } from './lib/results';
import { serveStatic } from './lib/serve';
import { expandMeasurement } from './measures/expand';
import { firstRender } from './measures/first-render';
import { exportMeasurement } from './measures/export';
import type { BenchContext, Measurement } from './measures/measurement';

const VIEWPORT: Size = { width: 1280, height: 800 };
const SMALL_BRANCH = 'goal-agri-hi-tech-zone';
const TIMEOUT_MS = 60_000;
/** A measurement that failed this often is not run again in this run. */
const GIVE_UP_AFTER = 2;
/**
 * --quick must end within 5 minutes even on a busy machine: a run starts only if, judged by the slowest run so
 * far, it ends within this many seconds of measuring.
 */
const QUICK_BUDGET_S = 200;

const MEASUREMENTS: readonly Measurement[] = [
  firstRender,
  expandMeasurement('expand-small', 'expand a branch', { kind: 'node' }),
  expandMeasurement('expand-all', 'expand all', { kind: 'all' }),
  exportMeasurement,
];

/** Where and how large the app draws its start view; the reference copies it. */
interface StartView {
  canvas: Size;
  viewport: { zoom: number; pan: { x: number; y: number } } | null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/**
 * One app page before the runs: the canvas size (the reference gets the same) and the start view's positions
 * (the reference's `positions=given`); then one reference page to check that it draws the same start view.
 */
async function probe(
  browser: Browser,
  graph: PreparedGraph,
  appUrl: string,
  referenceUrl: (view: StartView) => string,
) {
  const app = await withFreshPage(browser, { viewport: VIEWPORT }, async ({ page, guard }) => {
    await guard(page.goto(appUrl));
    await guard(waitForMark(page, 'taigu:first-render', 1, TIMEOUT_MS));
    const box = await page.getByTestId('graph-canvas').boundingBox();
    if (!box) throw new Error('the app shows no graph canvas');
    const positions = await page.evaluate(() => window.__taiguCanvas?.positions() ?? {});
    // The app has no probe for its viewport; cytoscape keeps its instance on the container element.
    const viewport = await page.getByTestId('graph-canvas').evaluate((el) => {
      const cy = (el as { _cyreg?: { cy?: { zoom(): number; pan(): { x: number; y: number } } } })._cyreg?.cy;
      return cy ? { zoom: cy.zoom(), pan: cy.pan() } : null;
    });
    return { canvas: { width: Math.round(box.width), height: Math.round(box.height) }, positions, viewport };
  });
  writeGivenPositions(graph.path, app.positions);
  const ref = await withFreshPage(browser, { viewport: VIEWPORT }, async ({ page, guard }) => {
    await guard(page.goto(referenceUrl(app)));
    await guard(waitForMark(page, 'ref:first-render', 1, TIMEOUT_MS));
    return page.evaluate(() => window.__ref?.positions() ?? {});
  });
  const ids = new Set([...Object.keys(app.positions), ...Object.keys(ref)]);
  let delta: number | null = 0;
  for (const id of ids) {
    const p = app.positions[id];
    const q = ref[id];
    delta = p && q && delta !== null ? Math.max(delta, Math.hypot(p.x - q.x, p.y - q.y)) : null;
  }
  if (delta === null)
    throw new Error(
      `the reference's start view shows other nodes than the app's (${Object.keys(ref).length} vs ` +
        `${Object.keys(app.positions).length}); src/view may have changed since dist/ was built: pass --build`,
    );
  return { canvas: app.canvas, viewport: app.viewport, startPositionsMaxDelta: delta };
}

async function measure(args: BenchArgs, graph: PreparedGraph, rebuilt: boolean, builtAt: string) {
  const startedAt = new Date();
  const server = await serveStatic(BUILD);
  const browser = await launchChromium();
  const series = MEASUREMENTS.flatMap((m) => m.series);
  const recorder = new Recorder(new Set(series.map((s) => s.id)));
  const load = { start: loadavg()[0]!, end: 0 };
  try {
    const appUrl = `${server.url}app/`;
    const referenceUrl =
      ({ canvas, viewport }: StartView) =>
      (positions: 'given' | 'fcose') =>
        `${server.url}reference/?${new URLSearchParams({
          graph: graph.path,
          positions,
          w: String(canvas.width),
          h: String(canvas.height),
          ...(viewport && positions === 'given'
            ? { zoom: String(viewport.zoom), px: String(viewport.pan.x), py: String(viewport.pan.y) }
            : {}),
        })}`;
    const probed = await probe(browser, graph, appUrl, (view) => referenceUrl(view)('given'));
    const ctx: BenchContext = {
      browser,
      appUrl,
      referenceUrl: referenceUrl(probed),
      viewport: VIEWPORT,
      timeoutMs: TIMEOUT_MS,
      expect: {
        startViewNodes: graph.startViewNodes,
        smallBranch: graph.smallBranch,
        allShownAfter: graph.allShownAfter,
      },
    };

    const failed = new Map<string, number>();
    const pass = async (label: string, into: Recorder) => {
      const parts: string[] = [];
      for (const m of MEASUREMENTS) {
        if ((failed.get(m.id) ?? 0) >= GIVE_UP_AFTER) {
          parts.push(`${m.id} skipped`);
          continue;
        }
        const t = performance.now();
        try {
          await m.run(ctx, into);
          parts.push(`${m.id} ${((performance.now() - t) / 1000).toFixed(1)} s`);
        } catch (e) {
          failed.set(m.id, (failed.get(m.id) ?? 0) + 1);
          recorder.fail(`${label}, ${m.id}: ${message(e)}`);
          parts.push(`${m.id} FAILED`);
        }
      }
      console.log(`  ${label}: ${parts.join(' · ')}`);
    };
    if (!args.quick) await pass('warm-up', new Recorder(new Set(series.map((s) => s.id))));
    let runsDone = 0;
    let slowest = 0;
    for (let run = 1; run <= args.runs; run++) {
      const spent = (Date.now() - startedAt.getTime()) / 1000;
      if (args.quick && run > 1 && spent + slowest > QUICK_BUDGET_S) {
        console.warn(
          `! stopping after ${runsDone} runs: another would overrun the quick budget of ${QUICK_BUDGET_S} s`,
        );
        break;
      }
      const t = Date.now();
      await pass(`run ${run}/${args.runs}`, recorder);
      slowest = Math.max(slowest, (Date.now() - t) / 1000);
      runsDone = run;
    }

    load.end = loadavg()[0]!;
    const finished = new Date();
    const seriesOut = seriesResults(series, recorder);
    const results: BenchResults = {
      schemaVersion: 1,
      mode: args.quick ? 'quick' : 'full',
      runsPerMetric: runsDone,
      runsRequested: args.runs,
      warmUp: !args.quick,
      startedAt: startedAt.toISOString(),
      finishedAt: finished.toISOString(),
      durationSeconds: (finished.getTime() - startedAt.getTime()) / 1000,
      environment: {
        node: process.version,
        chromium: browser.version(),
        platform: `${platform()} ${release()}`,
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        loadAverage: load,
        viewport: VIEWPORT,
        canvas: probed.canvas,
      },
      subject: {
        appBuild: { rebuilt, builtAt },
        graph: {
          path: graph.path,
          nodes: graph.model.nodes.size,
          edges: graph.edges,
          startViewNodes: graph.startViewNodes,
          smallBranch: {
            id: graph.smallBranch.id,
            newNodes: graph.smallBranch.shownAfter - graph.startViewNodes,
          },
          allNodes: graph.allShownAfter,
        },
        startPositionsMaxDelta: probed.startPositionsMaxDelta,
        startViewport: probed.viewport,
      },
      rows: rowResults(
        MEASUREMENTS.flatMap((m) => m.rows),
        seriesOut,
      ),
      series: seriesOut,
      failures: recorder.failures,
    };
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${message(e)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const began = performance.now();
  const rebuilt = ensureAppBuild(args.build);
  const builtAt = await snapshotDist();
  await buildReference();
  const graph = prepareReferenceData(SMALL_BRANCH);
  const newer = newerSources(builtAt);
  if (newer)
    console.warn(
      `! dist/ is older than ${newer}: this measures the last build; pass --build for the current code`,
    );
  console.log(
    `» ${args.quick ? 'quick' : 'full'} benchmark: ${args.runs} runs${args.quick ? '' : ' after a warm-up'}, ` +
      `graph ${graph.path}, app build from ${builtAt}`,
  );
  const results = await measure(args, graph, rebuilt, builtAt);

  const dir = join(REPO, 'bench', 'results');
  const name = args.quick ? 'latest-quick' : 'latest';
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(dir, `${name}.md`), formatMarkdown(results));
  console.log(`\n${formatTable(results)}\n`);
  console.log(
    `wrote bench/results/${name}.json and .md in ${((performance.now() - began) / 1000).toFixed(0)} s` +
      (results.failures.length ? ` — ${results.failures.length} failure(s), exit 1` : ''),
  );
  return results.failures.length ? 1 : 0;
}

// Exit explicitly: the headless layout engine and Vite can keep handles open after their work is done.
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
