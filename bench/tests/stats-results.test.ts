import { describe, expect, it } from 'vitest';
import { readArgs } from '../lib/args';
import { Recorder, rowResults, seriesResults, type SeriesDef } from '../lib/results';
import { median, ratio, summarize } from '../lib/stats';

describe('stats', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(() => median([])).toThrow();
  });

  it('summarizes min, max and median, and nothing for no samples', () => {
    expect(summarize([30, 10, 20])).toEqual({ samples: [30, 10, 20], median: 20, min: 10, max: 30 });
    expect(summarize([])).toBeNull();
  });

  it('gives app / reference of the medians, or nothing when a side is missing', () => {
    expect(ratio(summarize([300]), summarize([100]))).toBe(3);
    expect(ratio(summarize([300]), null)).toBeNull();
    expect(ratio(null, summarize([100]))).toBeNull();
  });
});

describe('results', () => {
  const series: SeriesDef[] = [
    { id: 'app.x', side: 'app', unit: 'ms', what: 'app x' },
    { id: 'ref.x', side: 'reference', unit: 'ms', what: 'ref x' },
  ];

  it('pairs an app series with its reference series in a row', () => {
    const rec = new Recorder(new Set(series.map((s) => s.id)));
    for (const v of [120, 100, 110]) rec.add('app.x', v);
    for (const v of [50, 60, 40]) rec.add('ref.x', v);
    const [row] = rowResults(
      [{ id: 'x', title: 'x', app: 'app.x', reference: 'ref.x' }],
      seriesResults(series, rec),
    );
    expect(row!.app!.median).toBe(110);
    expect(row!.reference!.median).toBe(50);
    expect(row!.ratio).toBeCloseTo(2.2);
  });

  it('keeps a row whose series got no sample, with no numbers', () => {
    const rec = new Recorder(new Set(series.map((s) => s.id)));
    rec.add('app.x', 10);
    const [row] = rowResults(
      [{ id: 'x', title: 'x', app: 'app.x', reference: 'ref.x' }],
      seriesResults(series, rec),
    );
    expect(row!.reference).toBeNull();
    expect(row!.ratio).toBeNull();
  });

  it('refuses samples for unknown series and values that are not times', () => {
    const rec = new Recorder(new Set(['app.x']));
    expect(() => rec.add('app.y', 1)).toThrow(/unknown series/);
    expect(() => rec.add('app.x', Number.NaN)).toThrow();
    expect(() => rec.add('app.x', -1)).toThrow();
  });

  it('puts rows in the Taigu table unless they name another, and carries a skip reason instead of numbers', () => {
    const rec = new Recorder(new Set(series.map((s) => s.id)));
    rec.add('app.x', 10);
    rec.skip('ref.x', 'skipped (quick)');
    const [taigu, gen] = rowResults(
      [
        { id: 'x', title: 'x', app: 'app.x', reference: 'ref.x' },
        { id: 'y', section: 'gen-1000', title: 'y', app: 'app.x', reference: 'ref.x' },
      ],
      seriesResults(series, rec),
    );
    expect(taigu!.section).toBe('taigu');
    expect(gen!.section).toBe('gen-1000');
    expect(taigu!.referenceSkipped).toBe('skipped (quick)');
    expect(taigu!.appSkipped).toBeUndefined();
    expect(() => rec.skip('ref.nope', 'why')).toThrow(/unknown series/);
  });

  it('forgets a skip once the series has samples after all', () => {
    const rec = new Recorder(new Set(['app.x']));
    rec.skip('app.x', 'no ?renderer=webgl');
    rec.add('app.x', 3);
    expect(rec.skipped('app.x')).toBeUndefined();
  });

  it('refuses a row that names a series nobody measures', () => {
    expect(() => rowResults([{ id: 'x', title: 'x', app: 'app.nope' }], [])).toThrow(/no series app.nope/);
  });
});

describe('command line', () => {
  it('runs 7 times by default and 3 times with --quick', () => {
    expect(readArgs([])).toMatchObject({ quick: false, build: false, runs: 7 });
    expect(readArgs(['--quick'])).toMatchObject({ quick: true, runs: 3 });
    expect(readArgs(['--quick', '--runs', '5', '--build'])).toMatchObject({
      quick: true,
      runs: 5,
      build: true,
    });
  });

  it('refuses unknown flags and bad run counts', () => {
    expect(() => readArgs(['--fast'])).toThrow();
    expect(() => readArgs(['--runs', '0'])).toThrow(/whole number/);
    expect(() => readArgs(['--runs', '2.5'])).toThrow(/whole number/);
  });

  it('measures the generated graphs of 1,000, 2,000 and 5,000 nodes unless told other sizes or none', () => {
    expect(readArgs([]).sizes).toEqual([1000, 2000, 5000]);
    expect(readArgs(['--sizes', '1000,300']).sizes).toEqual([1000, 300]);
    expect(readArgs(['--sizes', 'none']).sizes).toEqual([]);
    expect(() => readArgs(['--sizes', '1000,x'])).toThrow(/node counts/);
    expect(() => readArgs(['--sizes', '10'])).toThrow(/node counts/);
  });
});
