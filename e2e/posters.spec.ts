import { expect, openApp, test } from './fixtures';

/**
 * Posters of the whole plan, everything open, in the hierarchical layouts, checked on the geometry the export
 * draws (its own report, src/export/picture-check.ts): every node of the graph on the page, the smallest label
 * at least 6 pt (25 px at 300 dpi), and no label over another label or a shape. The pages are the smallest on
 * which that holds (docs/screenshots/poster-*.png were made by `npm run export` with the same options).
 */
const LEGIBLE_PX = 25;

interface Poster {
  lang: 'zh' | 'en';
  layout: 'radial' | 'tree';
  size: 'a2' | 'a1' | 'a0';
  orientation: 'landscape' | 'portrait';
}

const POSTERS: Poster[] = [
  { lang: 'zh', layout: 'radial', size: 'a2', orientation: 'landscape' },
  { lang: 'en', layout: 'radial', size: 'a1', orientation: 'landscape' },
  { lang: 'zh', layout: 'tree', size: 'a2', orientation: 'landscape' },
  { lang: 'en', layout: 'tree', size: 'a1', orientation: 'landscape' },
];

test.describe('posters', () => {
  test.setTimeout(300_000);

  for (const poster of POSTERS)
    test(`${poster.layout} ${poster.lang} on ${poster.size} ${poster.orientation}: every node, sizes, overlaps`, async ({
      page,
    }) => {
      await openApp(page, `?x=*${poster.lang === 'en' ? '&lang=en' : ''}`);
      const ids = await page.evaluate(() => [...window.__taigu!.store.getState().model!.nodes.keys()]);
      const report = await page.evaluate((o) => window.__taiguExport!.check(o), {
        scope: 'all' as const,
        layout: poster.layout,
        size: poster.size,
        orientation: poster.orientation,
      });
      const labelOverlaps = report.overlaps.filter((o) => o.parts !== 'shapes');
      const shapeContacts = report.overlaps.filter((o) => o.parts === 'shapes');
      test.info().annotations.push({
        type: 'poster',
        description:
          `${report.width} × ${report.height} px at ${report.dpi} dpi, ${report.nodes.length} nodes, smallest label ` +
          `${report.smallestLabelPx.toFixed(1)} px (${report.smallestLabel}), labels ×${report.boost.toFixed(2)}, ` +
          `${labelOverlaps.length} label overlaps, ${shapeContacts.length} shapes touching`,
      });
      expect(report.layout).toBe(poster.layout);
      expect(report.dpi).toBe(300);
      // Every node of the graph, once.
      expect([...report.nodes].sort()).toEqual([...ids].sort());
      // Inside the page's graph area, as measured here.
      expect(report.outside).toEqual([]);
      expect(report.smallestLabelPx).toBeGreaterThanOrEqual(LEGIBLE_PX - 0.05);
      expect(labelOverlaps).toEqual([]);
      // Shapes are drawn upright: the radial layout leaves cornered neighbours room for their corners.
      expect(shapeContacts).toEqual([]);
    });

  test('an A0 page is drawn in full by this browser', async ({ page }) => {
    await openApp(page, '?x=*');
    const plan = await page.evaluate(() =>
      window.__taiguExport!.plan({ scope: 'all', layout: 'tree', size: 'a0', orientation: 'portrait' }),
    );
    expect(plan).toMatchObject({ width: 9933, height: 14043, dpi: 300, ok: true });
    const made = await page.evaluate(() =>
      window.__taiguExport!.render({ scope: 'all', layout: 'tree', size: 'a0', orientation: 'portrait' }),
    );
    expect([made.width, made.height]).toEqual([9933, 14043]);
    expect(made.bytes).toBeGreaterThan(1_000_000);
  });
});
