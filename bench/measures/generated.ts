import { waitForMark, withFreshPage } from '../lib/browser';
import { shapeLine } from '../lib/generate-graph';
import type { GeneratedGraph } from '../lib/prepare';
import type { RowDef, SeriesDef } from '../lib/results';
import { appWebglPan, untilAllShown } from './expanded-view';
import { expectCount, type Measurement, type Viewport } from './measurement';
import {
  GENERATED_MISSING,
  expandToSettled,
  firstRender,
  heapSeries,
  longTaskRows,
  longTaskSeries,
  panRows,
  panSeries,
  positionsOf,
  recordHeap,
  recordLongTasks,
  recordPan,
  viewportOf,
} from './steps';

/** Generated graphs take far longer than the Taigu graph to lay out (half a minute to expand all 5,000 nodes). */
const TIMEOUT_MS = 180_000;
/** Plain fcose of 5,000 nodes on the main thread: about a minute here, more on a busy machine. */
const FCOSE_TIMEOUT_MS = 600_000;
export const SKIPPED_QUICK = 'skipped (quick)';

export interface GeneratedOptions {
  /**
   * In --quick, the slowest runs — plain fcose of the whole graph and the WebGL pans (software WebGL) — only
   * below this many nodes.
   */
  quickSlowBelow: number;
}

/**
 * The set on one generated graph, opened in the app by a same-origin `?graph=` link: first render of
 * the start view and of the fully expanded view, expand all → settled against plain fcose of every node
 * (the app's forces, default quality, main thread), long tasks, heap, and pan render cost with every node
 * shown, with both renderers. The app's positions go to the reference in the same run.
 */
export function generatedMeasurement(gen: GeneratedGraph, options: GeneratedOptions): Measurement {
  const n = gen.shape.nodes;
  const section = `gen-${n}`;
  const app = `app.gen${n}`;
  const ref = `ref.gen${n}`;
  const appQuery = `?graph=${encodeURIComponent(gen.path)}`;
  const big = n.toLocaleString('en-US');
  const series: SeriesDef[] = [
    {
      id: `${app}.first-render`,
      side: 'app',
      unit: 'ms',
      what: `navigation start → taigu:first-render, ${appQuery}`,
    },
    {
      id: `${ref}.first-render`,
      side: 'reference',
      unit: 'ms',
      what: 'navigation start → ref:first-render, start view at the app’s positions',
    },
    {
      id: `${app}.expanded.first-render`,
      side: 'app',
      unit: 'ms',
      what: 'navigation start (link x=*) → first frame showing every node',
    },
    {
      id: `${ref}.expanded.first-render`,
      side: 'reference',
      unit: 'ms',
      what: 'navigation start → ref:first-render, every node at the app’s positions',
    },
    {
      id: `${app}.expand-all`,
      side: 'app',
      unit: 'ms',
      what: 'store.expandAll() → taigu:settled, reduced motion',
    },
    {
      id: `${ref}.fcose`,
      side: 'reference',
      unit: 'ms',
      what: 'ref:layout-start → ref:first-render: plain fcose of every node (app’s options, randomize, default quality, main thread) + first render',
    },
    {
      id: `${ref}.fcose.layout`,
      side: 'reference',
      unit: 'ms',
      what: 'ref:layout-start → ref:layout-end: plain fcose of every node, layout only',
    },
    ...longTaskSeries(`${app}.load.longtasks`, 'app', 'from navigation start to the first render'),
    ...longTaskSeries(`${ref}.load.longtasks`, 'reference', 'from navigation start to the first render'),
    ...longTaskSeries(`${app}.expand.longtasks`, 'app', 'from expandAll() to taigu:settled'),
    ...longTaskSeries(
      `${ref}.expand.longtasks`,
      'reference',
      'from ref:layout-start to the first render (plain fcose)',
    ),
    heapSeries(`${app}.heap`, 'app', 'after the first render (start view)'),
    heapSeries(`${ref}.heap`, 'reference', 'after the first render (start view)'),
    heapSeries(`${app}.expanded.heap`, 'app', 'after expand all settled'),
    heapSeries(`${ref}.expanded.heap`, 'reference', 'after drawing every node'),
    ...panSeries(`${app}.pan`, 'app', 'every node shown, canvas renderer'),
    ...panSeries(`${ref}.pan`, 'reference', 'every node shown, canvas renderer'),
    ...panSeries(`${app}.pan-webgl`, 'app', 'every node shown, ?renderer=webgl'),
    ...panSeries(`${ref}.pan-webgl`, 'reference', 'every node shown, renderer=webgl'),
  ];
  const rows: RowDef[] = [
    {
      id: `${section}.first-render`,
      section,
      title: 'first render (start view)',
      app: `${app}.first-render`,
      reference: `${ref}.first-render`,
    },
    {
      id: `${section}.expanded-first-render`,
      section,
      title: 'first render (fully expanded, link x=*)',
      app: `${app}.expanded.first-render`,
      reference: `${ref}.expanded.first-render`,
    },
    {
      id: `${section}.expand-all`,
      section,
      title: 'expand all → settled vs plain fcose',
      app: `${app}.expand-all`,
      reference: `${ref}.fcose`,
      note:
        'app: store.expandAll() on the start view to taigu:settled (reduced motion). Reference: fcose with the ' +
        'app engine’s options (FCOSE_BASE), randomize, quality default, of every node on the main thread, ' +
        'then the first render. Target: app ≥ 10× faster at 5,000 nodes (app/ref ≤ 0.10).',
    },
    ...longTaskRows(
      section,
      `${section}.load-longtasks`,
      'long tasks during load',
      `${app}.load.longtasks`,
      `${ref}.load.longtasks`,
    ),
    ...longTaskRows(
      section,
      `${section}.expand-longtasks`,
      'long tasks during expand all',
      `${app}.expand.longtasks`,
      `${ref}.expand.longtasks`,
      'app: from the expandAll() call to taigu:settled; reference: during its plain fcose and first render. ' +
        'The longest task is how long input waits at worst.',
    ),
    {
      id: `${section}.heap`,
      section,
      title: 'JS heap after load',
      app: `${app}.heap`,
      reference: `${ref}.heap`,
    },
    {
      id: `${section}.expanded-heap`,
      section,
      title: 'JS heap, fully expanded',
      app: `${app}.expanded.heap`,
      reference: `${ref}.expanded.heap`,
    },
    ...panRows(
      section,
      `${section}.pan`,
      'pan+zoom, all nodes, canvas',
      `${app}.pan`,
      `${ref}.pan`,
      'every node shown (the app after expand all, the reference at the app’s positions), fitted, then the ' +
        'fixed 60-step mouse sequence; time inside cytoscape’s render() per frame. Targets at 5,000 nodes: ' +
        'total within 1.1× the reference, worst frame under 100 ms.',
    ),
    ...panRows(
      section,
      `${section}.pan-webgl`,
      'pan+zoom, all nodes, WebGL',
      `${app}.pan-webgl`,
      `${ref}.pan-webgl`,
    ),
  ];

  return {
    id: section,
    series,
    rows,
    section: {
      id: section,
      title: `generated graph, ${big} nodes`,
      about: [`shape: ${shapeLine(gen.shape, gen.report)}`, `start view: ${gen.startViewNodes} nodes`],
    },

    async run(ctx, record) {
      const base = { viewport: ctx.viewport, reducedMotion: true, allowMissing: GENERATED_MISSING };
      const { browser } = ctx;
      const gctx = { ...ctx, timeoutMs: TIMEOUT_MS };
      const url = `${ctx.appUrl}${appQuery}`;
      let startViewport: Viewport | null = null;
      let allViewport: Viewport | null = null;

      await withFreshPage(browser, base, async (fresh) => {
        const at = await firstRender(gctx, fresh, 'app', url);
        const positions = await positionsOf(fresh.page, 'app');
        expectCount(`app start view of ${gen.path}`, Object.keys(positions).length, gen.startViewNodes);
        record.add(`${app}.first-render`, at);
        await recordLongTasks(record, fresh.page, `${app}.load.longtasks`, 0, at);
        await recordHeap(record, fresh.page, `${app}.heap`);
        ctx.writePositions(gen.path, 'start', positions);
        startViewport = await viewportOf(fresh.page, 'app');
      });
      await withFreshPage(browser, base, async (fresh) => {
        await firstRender(gctx, fresh, 'app', url);
        const [start, end] = await expandToSettled(gctx, fresh, 'app', null);
        const positions = await positionsOf(fresh.page, 'app');
        expectCount(`app after expand all of ${gen.path}`, Object.keys(positions).length, n);
        record.add(`${app}.expand-all`, end - start);
        await recordLongTasks(record, fresh.page, `${app}.expand.longtasks`, start, end);
        await recordHeap(record, fresh.page, `${app}.expanded.heap`);
        ctx.writePositions(gen.path, 'all', positions);
        allViewport = await viewportOf(fresh.page, 'app');
        await recordPan(ctx, record, fresh.page, 'app', `${app}.pan`);
      });
      const slow = !ctx.quick || n < options.quickSlowBelow;
      const skipPan = (prefix: string) => {
        for (const p of panSeries(prefix, 'app', '')) record.skip(p.id, SKIPPED_QUICK);
      };
      if (!slow) skipPan(`${app}.pan-webgl`);
      else
        await appWebglPan(
          gctx,
          record,
          `${url}&renderer=webgl`,
          `${app}.pan-webgl`,
          n,
          (page) => page.evaluate(() => window.__taigu?.store.getState().expandAll()),
          GENERATED_MISSING,
        );
      if (ctx.quick) record.skip(`${app}.expanded.first-render`, SKIPPED_QUICK);
      else
        await withFreshPage(browser, base, async (fresh) => {
          const first = await firstRender(gctx, fresh, 'app', `${url}&x=*`);
          record.add(`${app}.expanded.first-render`, await untilAllShown(gctx, fresh, first, n));
        });

      await withFreshPage(browser, { viewport: ctx.viewport }, async (fresh) => {
        const page = ctx.referencePage({ graph: gen.path, positions: 'given', viewport: startViewport });
        const at = await firstRender(gctx, fresh, 'ref', page);
        expectCount(
          'reference start view',
          Object.keys(await positionsOf(fresh.page, 'ref')).length,
          gen.startViewNodes,
        );
        record.add(`${ref}.first-render`, at);
        await recordLongTasks(record, fresh.page, `${ref}.load.longtasks`, 0, at);
        await recordHeap(record, fresh.page, `${ref}.heap`);
      });
      if (!slow) skipPan(`${ref}.pan-webgl`);
      for (const renderer of slow ? (['canvas', 'webgl'] as const) : (['canvas'] as const)) {
        await withFreshPage(browser, { viewport: ctx.viewport }, async (fresh) => {
          const page = ctx.referencePage({
            graph: gen.path,
            positions: 'given',
            view: 'all',
            renderer,
            viewport: allViewport,
          });
          const at = await firstRender(gctx, fresh, 'ref', page);
          expectCount('reference, every node', Object.keys(await positionsOf(fresh.page, 'ref')).length, n);
          if (renderer === 'canvas') {
            record.add(`${ref}.expanded.first-render`, at);
            await recordHeap(record, fresh.page, `${ref}.expanded.heap`);
          }
          await recordPan(
            ctx,
            record,
            fresh.page,
            'ref',
            renderer === 'canvas' ? `${ref}.pan` : `${ref}.pan-webgl`,
          );
        });
      }
      if (!slow) {
        for (const s of [`${ref}.fcose`, `${ref}.fcose.layout`]) record.skip(s, SKIPPED_QUICK);
        for (const k of ['count', 'sum', 'longest'])
          record.skip(`${ref}.expand.longtasks.${k}`, SKIPPED_QUICK);
      } else
        await withFreshPage(browser, { viewport: ctx.viewport }, async (fresh) => {
          const page = ctx.referencePage({ graph: gen.path, positions: 'fcose', view: 'all', layout: 'app' });
          const at = await firstRender({ ...ctx, timeoutMs: FCOSE_TIMEOUT_MS }, fresh, 'ref', page);
          expectCount(
            'reference after plain fcose',
            Object.keys(await positionsOf(fresh.page, 'ref')).length,
            n,
          );
          const start = await waitForMark(fresh.page, 'ref:layout-start', 1, 1000);
          const end = await waitForMark(fresh.page, 'ref:layout-end', 1, 1000);
          record.add(`${ref}.fcose`, at - start);
          record.add(`${ref}.fcose.layout`, end - start);
          await recordLongTasks(record, fresh.page, `${ref}.expand.longtasks`, start, at);
        });
    },
  };
}
