import type { Page } from '@playwright/test';
import { withFreshPage, type FreshPage } from '../lib/browser';
import type { Recorder } from '../lib/results';
import { expectCount, type BenchContext, type Measurement } from './measurement';
import { expandToSettled, firstRender, longTaskRows, longTaskSeries, recordLongTasks } from './steps';

/** What to expand from the start view: one node's children, or everything. */
type Target = { kind: 'node' } | { kind: 'all' };

const shownCount = (page: Page, side: 'app' | 'ref') =>
  page.evaluate(
    (side) =>
      Object.keys((side === 'app' ? window.__taiguCanvas?.positions() : window.__ref?.positions()) ?? {})
        .length,
    side,
  );

/**
 * Expand → settled on a fresh page at the start view: the app's store action to its `taigu:settled` mark
 * (layout in the headless mirror, update, 300 ms animation; with prefers-reduced-motion: reduce, no
 * animation) against the reference's fcose with the shown nodes fixed, to the render after it.
 */
export function expandMeasurement(id: string, title: string, target: Target): Measurement {
  const app = `app.${id}`;
  const ref = `ref.${id}`;
  const what = target.kind === 'all' ? 'store.expandAll()' : 'store.expand(id)';

  const measure = async (
    ctx: BenchContext,
    fresh: FreshPage,
    side: 'app' | 'ref',
    url: string,
    longTasks?: { record: Recorder; prefix: string },
  ): Promise<number> => {
    const node = target.kind === 'all' ? null : ctx.expect.smallBranch.id;
    const expected = target.kind === 'all' ? ctx.expect.allShownAfter : ctx.expect.smallBranch.shownAfter;
    await firstRender(ctx, fresh, side, url);
    const [start, end] = await expandToSettled(ctx, fresh, side, node);
    expectCount(
      `${side === 'app' ? 'app' : 'reference'} after ${id}`,
      await shownCount(fresh.page, side),
      expected,
    );
    if (longTasks) await recordLongTasks(longTasks.record, fresh.page, longTasks.prefix, start, end);
    return end - start;
  };

  return {
    id,
    series: [
      {
        id: `${app}.layout`,
        side: 'app',
        unit: 'ms',
        what: `${what} → taigu:settled, prefers-reduced-motion: reduce (layout + render, no animation)`,
      },
      {
        id: `${app}.animated`,
        side: 'app',
        unit: 'ms',
        what: `${what} → taigu:settled, default motion (layout + 300 ms animation)`,
      },
      {
        id: ref,
        side: 'reference',
        unit: 'ms',
        what: `__ref.${target.kind === 'all' ? 'expandAll()' : 'expand(id)'} → ref:settled, positions=given (fcose with the shown nodes fixed + render)`,
      },
      ...longTaskSeries(`${app}.longtasks`, 'app', `from ${what} to taigu:settled (reduced motion)`),
      ...longTaskSeries(`${ref}.longtasks`, 'reference', 'from the expand call to ref:settled'),
    ],
    rows: [
      { id: `${id}`, title: `${title}: layout + render`, app: `${app}.layout`, reference: ref },
      {
        id: `${id}-animated`,
        title: `${title}: animated`,
        app: `${app}.animated`,
        reference: ref,
        note:
          'the app animates nodes and camera for 300 ms, which the reference does not. Its settled mark fires ' +
          "in the animation's completion callback, before cytoscape draws the last frame, so this row can come " +
          'out shorter than the layout row, whose mark waits for a drawn frame.',
      },
      ...longTaskRows(
        undefined,
        `${id}-longtasks`,
        `${title}: long tasks`,
        `${app}.longtasks`,
        `${ref}.longtasks`,
        'main-thread tasks over 50 ms overlapping the expand (from the call to the settled mark), ' +
          'reduced-motion samples; a layout in a Web Worker leaves only the update and the render here.',
      ),
    ],

    async run(ctx, record) {
      const { browser, viewport } = ctx;
      for (const reducedMotion of [true, false]) {
        const ms = await withFreshPage(browser, { viewport, reducedMotion }, (fresh) =>
          measure(
            ctx,
            fresh,
            'app',
            ctx.appUrl,
            reducedMotion ? { record, prefix: `${app}.longtasks` } : undefined,
          ),
        );
        record.add(`${app}.${reducedMotion ? 'layout' : 'animated'}`, ms);
      }
      const ms = await withFreshPage(browser, { viewport }, (fresh) =>
        measure(ctx, fresh, 'ref', ctx.referenceUrl('given'), { record, prefix: `${ref}.longtasks` }),
      );
      record.add(ref, ms);
    },
  };
}
