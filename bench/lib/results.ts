import type { GraphShape, ShapeReport } from './generate-graph';
import { ratio, summarize, type Stats } from './stats';

export type Side = 'app' | 'reference';
/** ms: a time; count: how many (long tasks, frames); MB: memory (2^20 bytes). */
export type Unit = 'ms' | 'count' | 'MB';

/** One series of samples: one number per run, from one side. */
export interface SeriesDef {
  id: string;
  side: Side;
  unit: Unit;
  /** What exactly is timed, from where to where. */
  what: string;
}

/** A line of the printed table: an app series, optionally compared with a reference series. */
export interface RowDef {
  id: string;
  /** The table the row belongs to (a Section id); the Taigu graph's table when absent. */
  section?: string;
  title: string;
  app: string;
  reference?: string;
  note?: string;
}

/** One table of the results: the Taigu graph, or a generated graph of one size (with its shape). */
export interface Section {
  id: string;
  title: string;
  /** Lines printed above the table (the generator's shape, what was skipped and why). */
  about: string[];
}

export const TAIGU_SECTION = 'taigu';

/** Collects the samples of every run, what was deliberately not run, and what failed to run. */
export class Recorder {
  private readonly samples = new Map<string, number[]>();
  private readonly skips = new Map<string, string>();
  readonly failures: string[] = [];

  constructor(private readonly known: ReadonlySet<string>) {}

  add(series: string, value: number): void {
    if (!this.known.has(series)) throw new Error(`unknown series ${series}`);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${series}: not a measurement: ${value}`);
    const list = this.samples.get(series);
    if (list) list.push(value);
    else this.samples.set(series, [value]);
  }

  /** A series not measured on purpose (e.g. "skipped (quick)"); printed instead of its median. */
  skip(series: string, reason: string): void {
    if (!this.known.has(series)) throw new Error(`unknown series ${series}`);
    this.skips.set(series, reason);
  }

  skipped(series: string): string | undefined {
    return this.samples.has(series) ? undefined : this.skips.get(series);
  }

  fail(message: string): void {
    this.failures.push(message);
  }

  of(series: string): number[] {
    return this.samples.get(series) ?? [];
  }
}

export interface SeriesResult extends SeriesDef {
  stats: Stats | null;
  /** Why it has no samples, when that was on purpose. */
  skipped?: string;
}

export interface RowResult {
  id: string;
  section: string;
  title: string;
  note?: string;
  unit: Unit;
  appSeries: string;
  referenceSeries?: string;
  app: Stats | null;
  reference: Stats | null;
  /** app median / reference median. */
  ratio: number | null;
  appSkipped?: string;
  referenceSkipped?: string;
}

export interface Environment {
  node: string;
  chromium: string;
  platform: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  /** 1-minute load average when the measuring began and when it ended: other work on the machine skews times. */
  loadAverage: { start: number; end: number };
  viewport: { width: number; height: number };
  canvas: { width: number; height: number };
}

export interface Subject {
  /** dist/ was rebuilt by this run (or was already there), and when its index.html was written. */
  appBuild: { rebuilt: boolean; builtAt: string };
  graph: {
    path: string;
    nodes: number;
    edges: number;
    startViewNodes: number;
    smallBranch: { id: string; newNodes: number };
    allNodes: number;
  };
  /** Largest distance between the app's start positions and the reference's given ones (graph px). */
  startPositionsMaxDelta: number;
  /** The app's zoom and pan after its first render, which the reference's given start view copies. */
  startViewport: { zoom: number; pan: { x: number; y: number } } | null;
  /** The generated graphs: the generator's parameters and the shape it made (fcose's cost depends on it). */
  generated: { path: string; shape: GraphShape; report: ShapeReport; startViewNodes: number }[];
}

export interface BenchResults {
  schemaVersion: 2;
  mode: 'full' | 'quick';
  /** Runs made; fewer than runsRequested when --quick ran out of its time budget. */
  runsPerMetric: number;
  runsRequested: number;
  warmUp: boolean;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  environment: Environment;
  subject: Subject;
  /** The tables, in order; every row names one. */
  sections: Section[];
  rows: RowResult[];
  series: SeriesResult[];
  failures: string[];
}

export function seriesResults(defs: readonly SeriesDef[], recorder: Recorder): SeriesResult[] {
  return defs.map((d) => {
    const skipped = recorder.skipped(d.id);
    return { ...d, stats: summarize(recorder.of(d.id)), ...(skipped === undefined ? {} : { skipped }) };
  });
}

export function rowResults(rows: readonly RowDef[], series: readonly SeriesResult[]): RowResult[] {
  const byId = new Map(series.map((s) => [s.id, s]));
  return rows.map((r) => {
    const app = byId.get(r.app);
    if (!app) throw new Error(`row ${r.id}: no series ${r.app}`);
    const ref = r.reference === undefined ? undefined : byId.get(r.reference);
    if (r.reference !== undefined && !ref) throw new Error(`row ${r.id}: no series ${r.reference}`);
    return {
      id: r.id,
      section: r.section ?? TAIGU_SECTION,
      title: r.title,
      ...(r.note === undefined ? {} : { note: r.note }),
      unit: app.unit,
      appSeries: r.app,
      ...(r.reference === undefined ? {} : { referenceSeries: r.reference }),
      app: app.stats,
      reference: ref?.stats ?? null,
      ratio: ratio(app.stats, ref?.stats ?? null),
      ...(app.skipped === undefined ? {} : { appSkipped: app.skipped }),
      ...(ref?.skipped === undefined ? {} : { referenceSkipped: ref.skipped }),
    };
  });
}
