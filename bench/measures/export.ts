import { waitForMark, withFreshPage } from '../lib/browser';
import type { Measurement } from './measurement';

/** The sizes timed, as export options (see src/export/export-options.ts). */
const SIZES = [
  { id: '2x', title: 'export 2× (whole graph)', options: { size: 'screen2' } },
  { id: '4k', title: 'export 4K (whole graph)', options: { size: '4k' } },
  { id: 'a3', title: 'export A3 @ 300 dpi (whole graph)', options: { size: 'a3', orientation: 'landscape' } },
] as const;

/**
 * PNG export of the fully expanded Taigu graph on a fresh page: from the call of the export hook
 * (window.__taiguExport.render: layout of the whole graph, offscreen cytoscape, fonts, framing, drawing,
 * PNG encoding, pHYs) to the finished file in memory. No download, no disk.
 */
export const exportMeasurement: Measurement = {
  id: 'export',
  series: SIZES.map((s) => ({
    id: `app.export.${s.id}`,
    side: 'app' as const,
    unit: 'ms' as const,
    what: `window.__taiguExport.render({ scope: 'all', ${Object.entries(s.options)
      .map(([k, v]) => `${k}: '${v}'`)
      .join(', ')} }) → PNG blob`,
  })),
  rows: SIZES.map((s) => ({ id: `export-${s.id}`, title: s.title, app: `app.export.${s.id}` })),
  async run(ctx, record) {
    await withFreshPage(ctx.browser, { viewport: ctx.viewport }, async ({ page, guard }) => {
      await guard(page.goto(ctx.appUrl));
      await guard(waitForMark(page, 'taigu:first-render', 1, ctx.timeoutMs));
      for (const s of SIZES) {
        const { ms, width } = await guard(
          page.evaluate(async (options) => {
            const hook = window.__taiguExport;
            if (!hook) throw new Error('window.__taiguExport is missing');
            const t0 = performance.now();
            const made = await hook.render({ scope: 'all', ...options } as never);
            return { ms: performance.now() - t0, width: made.width };
          }, s.options),
        );
        if (!(width > 0)) throw new Error(`export ${s.id}: no image`);
        record.add(`app.export.${s.id}`, ms);
      }
    });
  },
};
