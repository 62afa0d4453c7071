import type { Browser } from '@playwright/test';
import type { Size } from '../lib/browser';
import type { Recorder, RowDef, SeriesDef } from '../lib/results';

/** What every measurement gets: the browser, where the pages are, and what the graph should show. */
export interface BenchContext {
  browser: Browser;
  /** The production build (a copy of dist/), e.g. http://127.0.0.1:40123/app/ */
  appUrl: string;
  /** The reference page with the canvas sized like the app's. */
  referenceUrl(positions: 'given' | 'fcose'): string;
  viewport: Size;
  timeoutMs: number;
  expect: {
    startViewNodes: number;
    smallBranch: { id: string; shownAfter: number };
    allShownAfter: number;
  };
}

/**
 * One module per measurement. `run` is one run: it opens fresh pages, records one sample per series, and
 * throws when something fails to run (the runner records that and carries on). Times never throw.
 */
export interface Measurement {
  id: string;
  series: readonly SeriesDef[];
  rows: readonly RowDef[];
  run(ctx: BenchContext, record: Recorder): Promise<void>;
}

export function expectCount(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`${what}: ${actual} nodes shown, expected ${expected}`);
}
