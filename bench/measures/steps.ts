import type { Page } from '@playwright/test';
import { waitForMark, type FreshPage } from '../lib/browser';
import { longTasksIn } from '../lib/metrics';
import { heapAfterGc, panRenderCost, readLongTasks } from '../lib/page-probes';
import type { Recorder, RowDef, SeriesDef, Side } from '../lib/results';
import type { BenchContext, Viewport } from './measurement';

/** Steps and series shared by the measurements: first render, expand, long tasks, heap, pan render cost. */

export type PageSide = 'app' | 'ref';
export const MARKS = {
  app: { first: 'taigu:first-render', settled: 'taigu:settled' },
  ref: { first: 'ref:first-render', settled: 'ref:settled' },
} as const;
export const CANVAS = { app: '[data-testid="graph-canvas"]', ref: '#cy' } as const;
/** A graph opened by `?graph=` has no start-layout.json and, being local, no search index next to it. */
export const GENERATED_MISSING = [/\/start-layout\.json$/, /\/search-index\.json$/];

type Positions = Record<string, { x: number; y: number }>;

export const positionsOf = (page: Page, side: PageSide): Promise<Positions> =>
  page.evaluate(
    (side) => (side === 'app' ? window.__taiguCanvas?.positions() : window.__ref?.positions()) ?? {},
    side,
  );

/** The page's zoom and pan (the app has a probe for it; the reference's cytoscape is reached directly). */
export const viewportOf = (page: Page, side: PageSide): Promise<Viewport | null> =>
  page.evaluate((side) => {
    if (side === 'app' && window.__taiguCanvas?.viewport) return window.__taiguCanvas.viewport();
    const host = [...document.querySelectorAll('div')].find((d) => '_cyreg' in d) as
      { _cyreg?: { cy?: { zoom(): number; pan(): { x: number; y: number } } } } | undefined;
    const cy = host?._cyreg?.cy;
    return cy ? { zoom: cy.zoom(), pan: cy.pan() } : null;
  }, side);

/** Opens `url` and waits for the first rendered graph; returns when it came (ms since navigation start). */
export async function firstRender(
  ctx: BenchContext,
  { page, guard }: FreshPage,
  side: PageSide,
  url: string,
): Promise<number> {
  await guard(page.goto(url));
  return guard(waitForMark(page, MARKS[side].first, 1, ctx.timeoutMs));
}

/** Marks `bench:expand` and calls the app's store (or the reference's probe); returns the mark's time. */
export function startExpand(
  page: Page,
  side: PageSide,
  target: string | null,
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
    { side, target, settled: MARKS[side].settled },
  );
}

/** Expands (a node, or everything when `target` is null) and waits for the settled mark: [start, end]. */
export async function expandToSettled(
  ctx: BenchContext,
  { page, guard }: FreshPage,
  side: PageSide,
  target: string | null,
): Promise<[number, number]> {
  const { start, settledBefore } = await guard(startExpand(page, side, target));
  const end = await guard(waitForMark(page, MARKS[side].settled, settledBefore + 1, ctx.timeoutMs));
  return [start, end];
}

// ---- long tasks ----

export const longTaskSeries = (prefix: string, side: Side, window: string): SeriesDef[] => [
  {
    id: `${prefix}.count`,
    side,
    unit: 'count',
    what: `main-thread long tasks (> 50 ms) ${window}: how many`,
  },
  { id: `${prefix}.sum`, side, unit: 'ms', what: `main-thread long tasks ${window}: their durations summed` },
  { id: `${prefix}.longest`, side, unit: 'ms', what: `main-thread long tasks ${window}: the longest` },
];

export const longTaskRows = (
  section: string | undefined,
  id: string,
  title: string,
  app: string,
  ref: string,
  note?: string,
): RowDef[] =>
  (['count', 'sum', 'longest'] as const).map((k, i) => ({
    id: `${id}.${k}`,
    ...(section === undefined ? {} : { section }),
    title: `${title}: ${k === 'sum' ? 'total' : k}`,
    app: `${app}.${k}`,
    reference: `${ref}.${k}`,
    ...(note && i === 0 ? { note } : {}),
  }));

/** Records the long tasks overlapping [from, to] under `prefix`.count/.sum/.longest. */
export async function recordLongTasks(
  record: Recorder,
  page: Page,
  prefix: string,
  from: number,
  to: number,
): Promise<void> {
  const s = longTasksIn(await readLongTasks(page), from, to);
  record.add(`${prefix}.count`, s.count);
  record.add(`${prefix}.sum`, s.sum);
  record.add(`${prefix}.longest`, s.longest);
}

// ---- heap ----

export const heapSeries = (id: string, side: Side, when: string): SeriesDef => ({
  id,
  side,
  unit: 'MB',
  what: `used JS heap ${when}, after a forced garbage collection (CDP Runtime.getHeapUsage)`,
});

export async function recordHeap(record: Recorder, page: Page, id: string): Promise<void> {
  record.add(id, await heapAfterGc(page));
}

// ---- pan and zoom render cost ----

const PAN_PARTS = [
  ['total', 'ms', 'time inside cytoscape’s render, all frames of the pan and zoom sequence'],
  ['frames', 'count', 'frames cytoscape drew during the sequence'],
  ['mean', 'ms', 'time inside cytoscape’s render per frame, mean'],
  ['worst', 'ms', 'time inside cytoscape’s render, worst frame'],
  ['busy', 'ms', 'main-thread task time during the sequence (input, render, paint; CDP TaskDuration)'],
] as const;

export const panSeries = (prefix: string, side: Side, state: string): SeriesDef[] =>
  PAN_PARTS.map(([k, unit, what]) => ({ id: `${prefix}.${k}`, side, unit, what: `${what}; ${state}` }));

export const panRows = (
  section: string | undefined,
  id: string,
  title: string,
  app: string,
  ref: string,
  note?: string,
): RowDef[] =>
  PAN_PARTS.map(([k], i) => ({
    id: `${id}.${k}`,
    ...(section === undefined ? {} : { section }),
    title: `${title}: ${k === 'busy' ? 'main thread busy' : k === 'total' ? 'render total' : k === 'frames' ? 'frames' : `${k} frame`}`,
    app: `${app}.${k}`,
    reference: `${ref}.${k}`,
    ...(note && i === 0 ? { note } : {}),
  }));

export async function recordPan(
  ctx: BenchContext,
  record: Recorder,
  page: Page,
  side: PageSide,
  prefix: string,
): Promise<void> {
  const r = await panRenderCost(page, CANVAS[side], ctx.panSteps);
  for (const [k] of PAN_PARTS) record.add(`${prefix}.${k}`, r[k]);
}
