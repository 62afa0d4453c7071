import { lastResponseEnd, waitForMark, withFreshPage } from '../lib/browser';
import { expectCount, type Measurement } from './measurement';
import { heapSeries, longTaskRows, longTaskSeries, recordHeap, recordLongTasks } from './steps';

/**
 * Time to first rendered graph, from navigation start, on a fresh page: the app's `taigu:first-render` mark
 * against the reference page's `ref:first-render`, with the start view's positions given (render only) and
 * with plain fcose (layout + render). Also when the graph data had arrived, to split loading from drawing.
 */
export const firstRender: Measurement = {
  id: 'first-render',
  series: [
    { id: 'app.first-render', side: 'app', unit: 'ms', what: 'navigation start → taigu:first-render' },
    {
      id: 'app.first-render.data',
      side: 'app',
      unit: 'ms',
      what: 'navigation start → last graph-data/ response (index.json, graph.json, source.txt)',
    },
    {
      id: 'app.first-render.after-data',
      side: 'app',
      unit: 'ms',
      what: 'last graph-data/ response → taigu:first-render (validation, model, React, layout, render)',
    },
    {
      id: 'ref.first-render.given',
      side: 'reference',
      unit: 'ms',
      what: 'navigation start → ref:first-render, positions=given',
    },
    {
      id: 'ref.first-render.given.data',
      side: 'reference',
      unit: 'ms',
      what: 'navigation start → last response of graph.json and the given positions',
    },
    {
      id: 'ref.first-render.given.after-data',
      side: 'reference',
      unit: 'ms',
      what: 'last response (graph.json, positions) → ref:first-render, positions=given (render only)',
    },
    {
      id: 'ref.first-render.fcose',
      side: 'reference',
      unit: 'ms',
      what: 'navigation start → ref:first-render, positions=fcose (plain fcose, default quality)',
    },
    ...longTaskSeries('app.load.longtasks', 'app', 'from navigation start to taigu:first-render'),
    ...longTaskSeries('ref.load.longtasks', 'reference', 'from navigation start to ref:first-render (given)'),
    heapSeries('app.load.heap', 'app', 'after the first render (start view)'),
    heapSeries('ref.load.heap', 'reference', 'after the first render (start view, positions=given)'),
  ],
  rows: [
    {
      id: 'first-render',
      title: 'first render (start view)',
      app: 'app.first-render',
      reference: 'ref.first-render.given',
      note:
        "the reference draws the app's own start view (its positions, zoom and pan, read from the app before " +
        'the runs), so it is render only; the app also checks the data (a shipped file by the digest the build ' +
        'wrote, anything else in its read worker), builds its store and React tree; a shipped graph brings its ' +
        'start positions, a linked one is laid out in the layout worker.',
    },
    {
      id: 'first-render-fcose',
      title: 'first render vs plain fcose',
      app: 'app.first-render',
      reference: 'ref.first-render.fcose',
      note: 'reference lays the start view out with plain fcose (default quality) on the main thread, then draws.',
    },
    {
      id: 'first-render-data',
      title: 'graph data received',
      app: 'app.first-render.data',
      reference: 'ref.first-render.given.data',
      note:
        'part of the first render: once the first view from index.html is on screen, the app preloads the default ' +
        "graph's files (index.json, graph.json, source.txt, start-layout.json, tours.json) while its script loads; " +
        'a linked graph is fetched once the script runs. The reference loads graph.json and the positions side by ' +
        'side as soon as its page is parsed.',
    },
    {
      id: 'first-render-after-data',
      title: 'first render after the data',
      app: 'app.first-render.after-data',
      reference: 'ref.first-render.given.after-data',
      note: 'the rest of the first render: what the app does with the data before its first frame vs drawing only.',
    },
    ...longTaskRows(
      undefined,
      'load-longtasks',
      'long tasks during load',
      'app.load.longtasks',
      'ref.load.longtasks',
      'main-thread tasks over 50 ms from navigation start to the first render (PerformanceObserver longtask, ' +
        'installed before the page loads); the reference draws the given start view.',
    ),
    {
      id: 'load-heap',
      title: 'JS heap after load',
      app: 'app.load.heap',
      reference: 'ref.load.heap',
      note: 'used JS heap after a forced garbage collection, once the start view is drawn.',
    },
  ],

  async run(ctx, record) {
    const { browser, viewport, timeoutMs } = ctx;
    await withFreshPage(browser, { viewport }, async ({ page, guard }) => {
      await guard(page.goto(ctx.appUrl));
      const at = await guard(waitForMark(page, 'taigu:first-render', 1, timeoutMs));
      const shown = await page.evaluate(() => Object.keys(window.__taiguCanvas?.positions() ?? {}).length);
      expectCount('app start view', shown, ctx.expect.startViewNodes);
      const data = await lastResponseEnd(page, ['/graph-data/'], at);
      record.add('app.first-render', at);
      record.add('app.first-render.data', data);
      record.add('app.first-render.after-data', at - data);
      await recordLongTasks(record, page, 'app.load.longtasks', 0, at);
      await recordHeap(record, page, 'app.load.heap');
    });
    for (const mode of ['given', 'fcose'] as const) {
      await withFreshPage(browser, { viewport }, async ({ page, guard }) => {
        await guard(page.goto(ctx.referenceUrl(mode)));
        const at = await guard(waitForMark(page, 'ref:first-render', 1, timeoutMs));
        const shown = await page.evaluate(() => Object.keys(window.__ref?.positions() ?? {}).length);
        expectCount(`reference start view (${mode})`, shown, ctx.expect.startViewNodes);
        record.add(`ref.first-render.${mode}`, at);
        if (mode === 'given') {
          const data = await lastResponseEnd(page, ['/graph-data/', '/positions/'], at);
          record.add('ref.first-render.given.data', data);
          record.add('ref.first-render.given.after-data', at - data);
          await recordLongTasks(record, page, 'ref.load.longtasks', 0, at);
          await recordHeap(record, page, 'ref.load.heap');
        }
      });
    }
  },
};
