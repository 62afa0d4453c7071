import type { Browser } from '@playwright/test';
import type { Size } from '../lib/browser';
import type { Recorder, RowDef, Section, SeriesDef } from '../lib/results';

/** What the reference page is asked to show (its query parameters, see bench/reference/main.ts). */
export interface ReferenceParams {
  /** Path under graph-data/. */
  graph: string;
  positions: 'given' | 'fcose';
  view?: 'start' | 'all';
  layout?: 'plain' | 'app';
  renderer?: 'canvas' | 'webgl';
  /** `app`: the app's level of detail (labels, arrows and badges dropped when zoomed far out on a large graph). */
  lod?: 'none' | 'app';
  /** With positions=given: the app's zoom and pan to copy (otherwise the reference fits the graph). */
  viewport?: Viewport | null;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** What every measurement gets: the browser, where the pages are, and what the graph should show. */
export interface BenchContext {
  browser: Browser;
  /** --quick: fewer runs, the slowest reference runs skipped. */
  quick: boolean;
  /** Viewport changes per phase of the pan and zoom sequence (lib/metrics.ts panZoomSequence). */
  panSteps: number;
  /** The production build (a copy of dist/), e.g. http://127.0.0.1:40123/app/ */
  appUrl: string;
  /** The Taigu graph's path under graph-data/. */
  graphPath: string;
  /** The reference page with the canvas sized like the app's, showing the Taigu graph. */
  referenceUrl(positions: 'given' | 'fcose'): string;
  /** The reference page with the canvas sized like the app's, showing anything. */
  referencePage(params: ReferenceParams): string;
  /** Where the reference's given positions of a graph's view go (written from the app's own positions). */
  writePositions(
    graph: string,
    view: 'start' | 'all',
    positions: Record<string, { x: number; y: number }>,
  ): void;
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
  /** With --quick, run it only in the first this many runs (for the slow ones). */
  quickRuns?: number;
  /** The table its rows go to, when it has one of its own (a generated graph). */
  section?: Section;
  run(ctx: BenchContext, record: Recorder): Promise<void>;
}

export function expectCount(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`${what}: ${actual} nodes shown, expected ${expected}`);
}
