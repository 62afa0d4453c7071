/**
 * `npm run bench`: the production build against a plain cytoscape + fcose reference page, in headless
 * Chromium, in one run. See bench/README.md. Exits non-zero only when something failed to run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { readArgs, USAGE, type BenchArgs } from './lib/args';
import { launchChromium, type Size } from './lib/browser';
import { measureStartView, type StartView } from './lib/start-view';
import {
  BUILD,
  DIST,
  REPO,
  buildReference,
  ensureAppBuild,
  prepareReferenceData,
  newerSources,
  snapshotDist,
  writeGivenPositions,
  type PreparedGraph,
} from './lib/prepare';
import { DEFAULT_SHAPE } from './lib/generate-graph';
import { formatMarkdown, formatTable } from './lib/print';
import {
  Recorder,
  TAIGU_SECTION,
  rowResults,
  seriesResults,
  type BenchResults,
  type Section,
} from './lib/results';
import { serveStatic } from './lib/serve';
import { expandMeasurement } from './measures/expand';
import { expandedView } from './measures/expanded-view';
import { firstRender } from './measures/first-render';
import { generatedMeasurement } from './measures/generated';
import type { BenchContext, Measurement, ReferenceParams } from './measures/measurement';
import { prepareGenerated, type GeneratedGraph } from './lib/prepare';
import { exportMeasurement } from './measures/export';
import { hierLayoutsMeasurement } from './measures/hier-layouts';
import { runLayoutsOnly } from './lib/layouts-only';

const VIEWPORT: Size = { width: 1280, height: 800 };
const SMALL_BRANCH = 'goal-agri-hi-tech-zone';
const TIMEOUT_MS = 60_000;
/** A measurement that failed this often is not run again in this run. */
const GIVE_UP_AFTER = 2;
/**
 * --quick must end within 5 minutes even on a busy machine: a run starts only if, judged by the slowest run so
 * far, it ends within this many seconds of measuring.
 */
const QUICK_BUDGET_S = 120;

const MEASUREMENTS: readonly Measurement[] = [
  firstRender,
  expandMeasurement('expand-small', 'expand a branch', { kind: 'node' }),
  expandMeasurement('expand-all', 'expand all', { kind: 'all' }),
  expandedView,
  exportMeasurement,
];

/** Runs per generated graph: each takes from half a minute (1,000 nodes) to minutes (5,000). */
const GENERATED_RUNS = { quick: 1, full: 3 };
/**
 * --quick skips plain fcose of whole generated graphs (a minute at 5,000 nodes) and their WebGL pans
 * (software WebGL, minutes at 5,000 nodes) from this size on.
 */
const QUICK_SLOW_BELOW = 2000;
/** Viewport changes per phase of the pan and zoom sequence (zoom in, drag, zoom out); fewer in --quick. */
const PAN_STEPS = { quick: 6, full: 20 };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

async function measure(
  args: BenchArgs,
  graph: PreparedGraph,
  generated: readonly GeneratedGraph[],
  rebuilt: boolean,
  builtAt: string,
) {
  const startedAt = new Date();
  const server = await serveStatic(BUILD);
  const browser = await launchChromium();
  const genMeasures = generated.map((g) => generatedMeasurement(g, { quickSlowBelow: QUICK_SLOW_BELOW }));
  // Runs in Node with each Taigu pass; its generated-graph samples stop at the generated graphs' run count.
  const hier = hierLayoutsMeasurement({
    sizes: args.sizes,
    generatedRuns: args.quick ? GENERATED_RUNS.quick : Math.min(args.runs, GENERATED_RUNS.full),
    quickSlowBelow: QUICK_SLOW_BELOW,
  });
  const taiguMeasures = [...MEASUREMENTS, hier];
  const all = [...taiguMeasures, ...genMeasures];
  const series = all.flatMap((m) => m.series);
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
    const probed = await measureStartView(browser, VIEWPORT, TIMEOUT_MS, graph, appUrl, (view) =>
      referenceUrl(view)('given'),
    );
    const referencePage = (p: ReferenceParams) =>
      `${server.url}reference/?${new URLSearchParams({
        graph: p.graph,
        positions: p.positions,
        view: p.view ?? 'start',
        layout: p.layout ?? 'plain',
        renderer: p.renderer ?? 'canvas',
        lod: p.lod ?? 'none',
        w: String(probed.canvas.width),
        h: String(probed.canvas.height),
        ...(p.viewport && p.positions === 'given'
          ? { zoom: String(p.viewport.zoom), px: String(p.viewport.pan.x), py: String(p.viewport.pan.y) }
          : {}),
      })}`;
    const ctx: BenchContext = {
      browser,
      quick: args.quick,
      panSteps: args.quick ? PAN_STEPS.quick : PAN_STEPS.full,
      appUrl,
      graphPath: graph.path,
      referenceUrl: referenceUrl(probed),
      referencePage,
      writePositions: (path, view, positions) => writeGivenPositions(path, positions, view),
      viewport: VIEWPORT,
      timeoutMs: TIMEOUT_MS,
      expect: {
        startViewNodes: graph.startViewNodes,
        smallBranch: graph.smallBranch,
        allShownAfter: graph.allShownAfter,
      },
    };

    const failed = new Map<string, number>();
    const pass = async (
      label: string,
      into: Recorder,
      run: number,
      measures: readonly Measurement[] = taiguMeasures,
    ) => {
      // Printed as each measurement ends: a generated graph's run takes minutes.
      let parts = 0;
      const show = (part: string) => process.stdout.write(`${parts++ ? ' · ' : `  ${label}: `}${part}`);
      for (const m of measures) {
        if ((failed.get(m.id) ?? 0) >= GIVE_UP_AFTER) {
          show(`${m.id} skipped`);
          continue;
        }
        if (args.quick && m.quickRuns !== undefined && run > m.quickRuns) continue;
        const t = performance.now();
        try {
          await m.run(ctx, into);
          show(`${m.id} ${((performance.now() - t) / 1000).toFixed(1)} s`);
        } catch (e) {
          failed.set(m.id, (failed.get(m.id) ?? 0) + 1);
          recorder.fail(`${label}, ${m.id}: ${message(e)}`);
          show(`${m.id} FAILED`);
        }
      }
      if (parts) process.stdout.write('\n');
    };
    if (!args.quick) await pass('warm-up', new Recorder(new Set(series.map((s) => s.id))), 0);
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
      await pass(`run ${run}/${args.runs}`, recorder, run);
      slowest = Math.max(slowest, (Date.now() - t) / 1000);
      runsDone = run;
    }
    // The generated graphs after the Taigu graph's runs: fewer runs, each a lot longer.
    const genRuns = args.quick ? GENERATED_RUNS.quick : Math.min(args.runs, GENERATED_RUNS.full);
    for (let run = 1; run <= genRuns; run++)
      await pass(`generated graphs, run ${run}/${genRuns}`, recorder, run, genMeasures);

    load.end = loadavg()[0]!;
    const finished = new Date();
    const seriesOut = seriesResults(series, recorder);
    const sections: Section[] = [
      {
        id: TAIGU_SECTION,
        title: `Taigu graph (${graph.path})`,
        about: [`${runsDone} runs per metric${args.quick ? '' : ' after a warm-up'}`],
      },
      ...genMeasures.map((m) => ({
        ...m.section!,
        about: [
          ...m.section!.about,
          `${genRuns} run${genRuns > 1 ? 's' : ''}, no warm-up` +
            (args.quick
              ? `; pan sequence of ${3 * PAN_STEPS.quick} steps (not ${3 * PAN_STEPS.full}); plain fcose of the ` +
                `whole graph and WebGL pans only below ${QUICK_SLOW_BELOW} nodes`
              : ''),
        ],
      })),
      hier.section,
    ];
    const results: BenchResults = {
      schemaVersion: 2,
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
        generated: generated.map((g) => ({
          path: g.path,
          shape: g.shape,
          report: g.report,
          startViewNodes: g.startViewNodes,
        })),
      },
      sections,
      rows: rowResults(
        all.flatMap((m) => m.rows),
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
  if (args.layouts) return runLayoutsOnly(args, GENERATED_RUNS, QUICK_SLOW_BELOW);
  if (args.lighthouse) {
    ensureAppBuild(args.build);
    const { runLighthouse, lighthouseMarkdown } = await import('./lib/lighthouse');
    console.log(lighthouseMarkdown(await runLighthouse(REPO, DIST)));
    return 0;
  }
  const began = performance.now();
  const rebuilt = ensureAppBuild(args.build);
  const builtAt = await snapshotDist();
  await buildReference();
  const graph = prepareReferenceData(SMALL_BRANCH);
  const generated = args.sizes.map((nodes) => prepareGenerated({ ...DEFAULT_SHAPE, nodes }));
  const newer = newerSources(builtAt);
  if (newer)
    console.warn(
      `! dist/ is older than ${newer}: this measures the last build; pass --build for the current code`,
    );
  console.log(
    `» ${args.quick ? 'quick' : 'full'} benchmark: ${args.runs} runs${args.quick ? '' : ' after a warm-up'}, ` +
      `graph ${graph.path}, app build from ${builtAt}`,
  );
  const results = await measure(args, graph, generated, rebuilt, builtAt);

  const dir = join(REPO, 'bench', 'results');
  const name = args.quick ? 'latest-quick' : 'latest';
  mkdirSync(dir, { recursive: true });
  // A full run is also kept under its date, so the figures of earlier runs stay to compare with.
  const names = args.quick ? [name] : [name, results.startedAt.slice(0, 10)];
  for (const n of names) {
    writeFileSync(join(dir, `${n}.json`), JSON.stringify(results, null, 2) + '\n');
    writeFileSync(join(dir, `${n}.md`), formatMarkdown(results));
  }
  console.log(`\n${formatTable(results)}\n`);
  console.log(
    `wrote bench/results/${names.join('.{json,md}, ')}.{json,md} in ${((performance.now() - began) / 1000).toFixed(0)} s` +
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
