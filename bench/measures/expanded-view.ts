import type { Page } from '@playwright/test';
import { waitForMark, withFreshPage, type FreshPage } from '../lib/browser';
import { usesWebgl } from '../lib/page-probes';
import type { Recorder, RowDef, SeriesDef } from '../lib/results';
import type { BenchContext, Measurement, Viewport } from './measurement';
import {
  MARKS,
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

export const NO_APP_WEBGL = 'no ?renderer=webgl in this build';

/**
 * After the app's first render of a link whose view log is "expand all" (`x=*`): the first drawn frame that
 * shows every node. The app may draw its start view first and then apply the link; then the settled mark
 * after it counts. Returns its time (ms since navigation start); throws when the page never shows `allNodes`.
 */
export async function untilAllShown(
  ctx: BenchContext,
  { page, guard }: FreshPage,
  firstAt: number,
  allNodes: number,
): Promise<number> {
  let at = firstAt;
  for (let settled = 1; Object.keys(await positionsOf(page, 'app')).length !== allNodes; settled++) {
    if (settled > 3) throw new Error(`app: the x=* link never showed all ${allNodes} nodes`);
    at = await guard(waitForMark(page, MARKS.app.settled, settled, ctx.timeoutMs));
  }
  return at;
}

/**
 * Pan render cost of the app with cytoscape's WebGL renderer (`?renderer=webgl`, the lead's flag): when the
 * build has no such flag (its cytoscape is not WebGL once it shows nodes) the series is marked skipped.
 * cytoscape 3.35's WebGL render emits no `render` event, so the app's marks may never come with it: this
 * waits for the nodes instead (the canvas probe), `expand` then brings the page to every node shown.
 */
export async function appWebglPan(
  ctx: BenchContext,
  record: Recorder,
  url: string,
  prefix: string,
  allNodes: number,
  expand: ((page: Page) => Promise<unknown>) | null,
  allowMissing?: readonly RegExp[],
): Promise<void> {
  const options = { viewport: ctx.viewport, reducedMotion: true, ...(allowMissing ? { allowMissing } : {}) };
  const shown = (page: Page, count: number | null) =>
    page.waitForFunction(
      (count) => {
        const n = Object.keys(window.__taiguCanvas?.positions() ?? {}).length;
        return count === null ? n > 0 : n === count;
      },
      count,
      { timeout: ctx.timeoutMs, polling: 100 },
    );
  await withFreshPage(ctx.browser, options, async ({ page, guard }) => {
    await guard(page.goto(url));
    await guard(shown(page, expand ? null : allNodes));
    if (!(await usesWebgl(page))) {
      for (const s of panSeries(prefix, 'app', '')) record.skip(s.id, NO_APP_WEBGL);
      return;
    }
    if (expand) {
      await guard(expand(page));
      await guard(shown(page, allNodes));
    }
    await recordPan(ctx, record, page, 'app', prefix);
  });
}

/** The Taigu graph fully expanded: first render from an `x=*` link, heap, and pan render cost (both renderers). */
export const expandedView: Measurement = {
  id: 'expanded-view',
  quickRuns: 1,
  series: [
    {
      id: 'app.expanded.first-render',
      side: 'app',
      unit: 'ms',
      what: 'navigation start (link ?x=*) → the first frame showing every node',
    },
    {
      id: 'ref.expanded.first-render',
      side: 'reference',
      unit: 'ms',
      what: 'navigation start → ref:first-render, view=all, positions=given',
    },
    ...longTaskSeries(
      'app.expanded.load.longtasks',
      'app',
      'from navigation start to the fully expanded first render',
    ),
    ...longTaskSeries(
      'ref.expanded.load.longtasks',
      'reference',
      'from navigation start to ref:first-render (view=all)',
    ),
    heapSeries('app.expanded.heap', 'app', 'after the fully expanded first render'),
    heapSeries('ref.expanded.heap', 'reference', 'after the fully expanded first render'),
    ...panSeries('app.expanded.pan', 'app', 'every node shown, canvas renderer'),
    ...panSeries('ref.expanded.pan', 'reference', 'every node shown, canvas renderer'),
    ...panSeries('app.expanded.pan-webgl', 'app', 'every node shown, ?renderer=webgl'),
    ...panSeries('ref.expanded.pan-webgl', 'reference', 'every node shown, renderer=webgl'),
  ] satisfies SeriesDef[],
  rows: [
    {
      id: 'expanded-first-render',
      title: 'first render (fully expanded, link x=*)',
      app: 'app.expanded.first-render',
      reference: 'ref.expanded.first-render',
      note:
        'the app opened with a link whose view log is "expand all"; the reference draws every node at the ' +
        "app's positions (read from the app in the same run), render only.",
    },
    ...longTaskRows(
      undefined,
      'expanded-load-longtasks',
      'long tasks, load fully expanded',
      'app.expanded.load.longtasks',
      'ref.expanded.load.longtasks',
    ),
    {
      id: 'expanded-heap',
      title: 'JS heap, fully expanded',
      app: 'app.expanded.heap',
      reference: 'ref.expanded.heap',
    },
    ...panRows(
      undefined,
      'expanded-pan',
      'pan+zoom, all nodes, canvas',
      'app.expanded.pan',
      'ref.expanded.pan',
      'the same mouse sequence on both pages (20 wheel steps in, a 20-move drag, 20 wheel steps out; 6 each in --quick) ' +
        'after fitting every node into the canvas; time inside cytoscape’s renderer render() per drawn frame.',
    ),
    ...panRows(
      undefined,
      'expanded-pan-webgl',
      'pan+zoom, all nodes, WebGL',
      'app.expanded.pan-webgl',
      'ref.expanded.pan-webgl',
      "cytoscape's renderer option { name: 'canvas', webgl: true }; headless Chromium without a GPU renders " +
        'WebGL in software (SwiftShader).',
    ),
  ] satisfies RowDef[],

  async run(ctx, record) {
    const { browser, viewport } = ctx;
    const all = ctx.expect.allShownAfter;
    let appViewport: Viewport | null = null;
    await withFreshPage(browser, { viewport, reducedMotion: true }, async (fresh) => {
      const { page } = fresh;
      const at = await untilAllShown(
        ctx,
        fresh,
        await firstRender(ctx, fresh, 'app', `${ctx.appUrl}?x=*`),
        all,
      );
      record.add('app.expanded.first-render', at);
      await recordLongTasks(record, page, 'app.expanded.load.longtasks', 0, at);
      ctx.writePositions(ctx.graphPath, 'all', await positionsOf(page, 'app'));
      appViewport = await viewportOf(page, 'app');
      await recordHeap(record, page, 'app.expanded.heap');
      await recordPan(ctx, record, page, 'app', 'app.expanded.pan');
    });
    await appWebglPan(ctx, record, `${ctx.appUrl}?renderer=webgl&x=*`, 'app.expanded.pan-webgl', all, null);
    for (const renderer of ['canvas', 'webgl'] as const) {
      const url = ctx.referencePage({
        graph: ctx.graphPath,
        positions: 'given',
        view: 'all',
        renderer,
        viewport: appViewport,
      });
      await withFreshPage(browser, { viewport }, async (fresh) => {
        const at = await firstRender(ctx, fresh, 'ref', url);
        const shown = Object.keys(await positionsOf(fresh.page, 'ref')).length;
        if (shown !== all) throw new Error(`reference view=all shows ${shown} nodes, expected ${all}`);
        if (renderer === 'canvas') {
          record.add('ref.expanded.first-render', at);
          await recordLongTasks(record, fresh.page, 'ref.expanded.load.longtasks', 0, at);
          await recordHeap(record, fresh.page, 'ref.expanded.heap');
          await recordPan(ctx, record, fresh.page, 'ref', 'ref.expanded.pan');
        } else {
          if (!(await usesWebgl(fresh.page)))
            throw new Error('reference: renderer=webgl did not give a WebGL renderer');
          await recordPan(ctx, record, fresh.page, 'ref', 'ref.expanded.pan-webgl');
        }
      });
    }
  },
};
