import type { Page } from '@playwright/test';
import { waitForMark, withFreshPage, type FreshPage } from '../lib/browser';
import { expectCount, type BenchContext, type Measurement } from './measurement';

/** What to expand from the start view: one node's children, or everything. */
type Target = { kind: 'node' } | { kind: 'all' };

/** Marks `bench:expand` and calls the app's store (or the reference's probe); returns the mark's time. */
async function startExpand(
  page: Page,
  side: 'app' | 'ref',
  target: string | null,
  settled: string,
): Promise<{ start: number; settledBefore: number }> {
  return page.evaluate(
    ({ side, target, settled }) => {
      const settledBefore = performance.getEntriesByName(settled, 'mark').length;
      const start = performance.mark('bench:expand').startTime;
      if (side === 'app') {
        const store = window.__taigu?.store;
        if (!store) throw new Error('window.__taigu.store is missing');
        if (target === null) store.getState().expandAll();
        else store.getState().expand(target);
      } else {
        const ref = window.__ref;
        if (!ref) throw new Error('window.__ref is missing');
        const changed = target === null ? ref.expandAll() : ref.expand(target);
        if (!changed) throw new Error(`reference: expanding ${target ?? 'all'} showed nothing new`);
      }
      return { start, settledBefore };
    },
    { side, target, settled },
  );
}

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
    { page, guard }: FreshPage,
    side: 'app' | 'ref',
    url: string,
  ): Promise<number> => {
    const node = target.kind === 'all' ? null : ctx.expect.smallBranch.id;
    const expected = target.kind === 'all' ? ctx.expect.allShownAfter : ctx.expect.smallBranch.shownAfter;
    const [first, settled] =
      side === 'app' ? ['taigu:first-render', 'taigu:settled'] : ['ref:first-render', 'ref:settled'];
    await guard(page.goto(url));
    await guard(waitForMark(page, first, 1, ctx.timeoutMs));
    const { start, settledBefore } = await guard(startExpand(page, side, node, settled));
    const end = await guard(waitForMark(page, settled, settledBefore + 1, ctx.timeoutMs));
    expectCount(
      `${side === 'app' ? 'app' : 'reference'} after ${id}`,
      await shownCount(page, side),
      expected,
    );
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
    ],

    async run(ctx, record) {
      const { browser, viewport } = ctx;
      for (const reducedMotion of [true, false]) {
        const ms = await withFreshPage(browser, { viewport, reducedMotion }, (fresh) =>
          measure(ctx, fresh, 'app', ctx.appUrl),
        );
        record.add(`${app}.${reducedMotion ? 'layout' : 'animated'}`, ms);
      }
      const ms = await withFreshPage(browser, { viewport }, (fresh) =>
        measure(ctx, fresh, 'ref', ctx.referenceUrl('given')),
      );
      record.add(ref, ms);
    },
  };
}
