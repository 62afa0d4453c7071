import { describe, expect, it } from 'vitest';
import { largestWidthWithin, MAX_CANVAS_AREA, withinLimits } from '../src/export/canvas-limits';
import { DEFAULT_EXPORT, type ExportOptions } from '../src/export/export-options';
import { exportFileName, footerDate } from '../src/export/file-name';
import {
  BANDS,
  frameFor,
  labelBoost,
  legendRows,
  MAX_LABEL_BOOST,
  minLabelPx,
  page,
  PAGE_PX,
} from '../src/export/sizing';

const opts = (o: Partial<ExportOptions>): ExportOptions => ({ ...DEFAULT_EXPORT, ...o });
const content = { width: 2470, height: 2000 };
const legend = [60, 60, 80, 120];

describe('export sizing', () => {
  it('A4 and A3 are 300 dpi pages, either way round', () => {
    expect(PAGE_PX.a4).toEqual({ width: 2480, height: 3508 });
    expect(PAGE_PX.a3).toEqual({ width: 3508, height: 4961 });
    expect(page('a3', 'landscape')).toEqual({ width: 4961, height: 3508 });
    const f = frameFor({
      content,
      options: opts({ size: 'a3', orientation: 'portrait' }),
      legendItems: legend,
    });
    expect([f.width, f.height, f.dpi]).toEqual([3508, 4961, 300]);
  });

  it('A2 and A1 are poster pages at 300 dpi, where labels need 6 pt (25 px); screens keep 10 px a unit', () => {
    expect(PAGE_PX.a2).toEqual({ width: 4961, height: 7016 });
    expect(PAGE_PX.a1).toEqual({ width: 7016, height: 9933 });
    expect(PAGE_PX.a0).toEqual({ width: 9933, height: 14043 });
    expect(page('a1', 'landscape')).toEqual({ width: 9933, height: 7016 });
    const f = frameFor({
      content,
      options: opts({ size: 'a1', orientation: 'landscape' }),
      legendItems: legend,
    });
    expect([f.width, f.height, f.dpi]).toEqual([9933, 7016, 300]);
    expect(minLabelPx(f)).toBeCloseTo(25, 5);
    expect(minLabelPx({ unit: 2 })).toBe(20);
    // Within Chromium's canvas limits: one canvas draws the whole page.
    expect(withinLimits(9933, 7016)).toBe(true);
  });

  it('fits the graph inside the page with a margin on every side, centred', () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const f = frameFor({ content, options: opts({ size: 'a4', orientation }), legendItems: legend });
      const g = f.graph;
      expect(g.x).toBeGreaterThanOrEqual(f.margin - 0.01);
      expect(g.y).toBeGreaterThanOrEqual(f.title!.y + f.title!.height - 0.01);
      expect(g.x + g.width).toBeLessThanOrEqual(f.width - f.margin + 0.01);
      expect(g.y + g.height).toBeLessThanOrEqual(f.legend!.y + 0.01);
      expect(g.width / g.height).toBeCloseTo(content.width / content.height, 5);
      // Touches the available area on one axis: fitted, not just placed.
      const touchesSides = Math.abs(g.width - (f.width - 2 * f.margin)) < 0.5;
      const touchesBands = Math.abs(g.height - (f.legend!.y - (f.title!.y + f.title!.height))) < 0.5;
      expect(touchesSides || touchesBands).toBe(true);
    }
  });

  it('width sizes give exactly the width asked for, the height following the graph', () => {
    const k4 = frameFor({ content, options: opts({ size: '4k' }), legendItems: legend });
    expect(k4.width).toBe(3840);
    expect(k4.graph.width).toBeCloseTo(3840 - 2 * k4.margin, 5);
    const custom = frameFor({
      content,
      options: opts({ size: 'custom', customWidth: 1234 }),
      legendItems: legend,
    });
    expect(custom.width).toBe(1234);
    expect(custom.height).toBeGreaterThan(custom.graph.height + 2 * custom.margin);
  });

  it('2× is twice 1× in every dimension (really sharp, not upscaled)', () => {
    const one = frameFor({ content, options: opts({ size: 'screen1' }), legendItems: legend });
    const two = frameFor({ content, options: opts({ size: 'screen2' }), legendItems: legend });
    expect(two.width).toBe(one.width * 2);
    expect(Math.abs(two.height - one.height * 2)).toBeLessThanOrEqual(2);
    expect(two.scale).toBe(2);
    expect(one.scale).toBe(1);
  });

  it('a small branch still gets a frame wide enough for its title and legend', () => {
    const f = frameFor({
      content: { width: 100, height: 80 },
      options: opts({ size: 'screen1' }),
      legendItems: legend,
    });
    expect(f.width).toBe(560);
    expect(f.graph.x + f.graph.width / 2).toBeCloseTo(f.width / 2, 5);
  });

  it('bands take room only when asked for', () => {
    const all = frameFor({ content, options: opts({ size: 'screen1' }), legendItems: legend });
    const none = frameFor({
      content,
      options: opts({ size: 'screen1', title: false, legend: false, footer: false }),
      legendItems: legend,
    });
    expect(none.title ?? none.legend ?? none.footer).toBeUndefined();
    expect(all.height - none.height).toBe(BANDS.title + BANDS.legendRow + BANDS.legendGap + BANDS.footer);
  });

  it('legend entries flow into rows that fit', () => {
    expect(legendRows([50, 50, 50], 200, 10)).toEqual([[0, 1, 2]]);
    expect(legendRows([50, 50, 50], 120, 10)).toEqual([[0, 1], [2]]);
    expect(legendRows([300], 100, 10)).toEqual([[0]]);
  });

  it('labels are enlarged up to a cap when they would be too small to read', () => {
    expect(labelBoost(14, 1, 10)).toBe(1);
    expect(labelBoost(14, 0.6, 10)).toBeCloseTo(10 / 8.4, 5);
    expect(labelBoost(14, 0.1, 10)).toBe(MAX_LABEL_BOOST);
  });
});

describe('canvas limits', () => {
  it('knows Chromium’s area and side limits', () => {
    expect(withinLimits(16384, 16384)).toBe(true);
    expect(withinLimits(16384, 16385)).toBe(false);
    expect(withinLimits(32767, 100)).toBe(true);
    expect(withinLimits(32768, 100)).toBe(false);
    expect(withinLimits(0, 100)).toBe(false);
    expect(withinLimits(Number.NaN, 100)).toBe(false);
  });

  it('finds the largest width whose height still fits', () => {
    const heightAt = (w: number) => Math.round(w * 0.9);
    const w = largestWidthWithin(heightAt, 40000);
    expect(withinLimits(w, heightAt(w))).toBe(true);
    expect(withinLimits(w + 1, heightAt(w + 1))).toBe(false);
    expect(w * heightAt(w)).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(largestWidthWithin(heightAt, 1000)).toBe(1000);
    expect(largestWidthWithin(() => 40000, 1000)).toBe(0);
  });

  it('offers a width that frames within the limit for an oversized custom width', () => {
    const options = opts({ size: 'custom', customWidth: 40000 });
    const heightAt = (w: number) =>
      frameFor({ content, options: { ...options, customWidth: w }, legendItems: legend }).height;
    expect(withinLimits(40000, heightAt(40000))).toBe(false);
    const w = largestWidthWithin(heightAt, 40000);
    expect(w).toBeGreaterThan(10000);
    expect(withinLimits(w, heightAt(w))).toBe(true);
  });
});

describe('file names', () => {
  it('say what the file is and the local date', () => {
    const d = new Date(2026, 0, 5, 23, 59);
    expect(exportFileName('branch', d)).toBe('taigu-branch-20260105.png');
    expect(exportFileName('all', d, 'svg')).toBe('taigu-all-20260105.svg');
    expect(footerDate(d)).toBe('2026-01-05');
  });
});
