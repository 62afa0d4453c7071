import { waitForMark, withFreshPage } from '../lib/browser';
import { shapeLine } from '../lib/generate-graph';
import type { GeneratedGraph } from '../lib/prepare';
import { appWebglPan, untilAllShown } from './expanded-view';
import { generatedRows } from './generated-rows';
import { expectCount, type Measurement, type Viewport } from './measurement';
import {
  GENERATED_MISSING,
  expandToSettled,
  firstRender,
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
  const { series, rows } = generatedRows(n, appQuery);

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
      // The canvas renderer drawing everything, then with the app's level of detail, as the app pans.
      const passes = [
        { renderer: 'canvas', lod: 'none', series: `${ref}.pan` },
        { renderer: 'canvas', lod: 'app', series: `${ref}.pan-lod` },
        ...(slow ? [{ renderer: 'webgl', lod: 'none', series: `${ref}.pan-webgl` } as const] : []),
      ] as const;
      for (const { renderer, lod, series } of passes) {
        await withFreshPage(browser, { viewport: ctx.viewport }, async (fresh) => {
          const page = ctx.referencePage({
            graph: gen.path,
            positions: 'given',
            view: 'all',
            renderer,
            lod,
            viewport: allViewport,
          });
          const at = await firstRender(gctx, fresh, 'ref', page);
          expectCount('reference, every node', Object.keys(await positionsOf(fresh.page, 'ref')).length, n);
          if (series === `${ref}.pan`) {
            record.add(`${ref}.expanded.first-render`, at);
            await recordHeap(record, fresh.page, `${ref}.expanded.heap`);
          }
          await recordPan(ctx, record, fresh.page, 'ref', series);
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
