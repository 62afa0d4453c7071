import { ratio, summarize, type Stats } from './stats';

export type Side = 'app' | 'reference';
export type Unit = 'ms';

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
  title: string;
  app: string;
  reference?: string;
  note?: string;
}

/** Collects the samples of every run, and what failed to run. */
export class Recorder {
  private readonly samples = new Map<string, number[]>();
  readonly failures: string[] = [];

  constructor(private readonly known: ReadonlySet<string>) {}

  add(series: string, value: number): void {
    if (!this.known.has(series)) throw new Error(`unknown series ${series}`);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${series}: not a time: ${value}`);
    const list = this.samples.get(series);
    if (list) list.push(value);
    else this.samples.set(series, [value]);
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
}

export interface RowResult {
  id: string;
  title: string;
  note?: string;
  unit: Unit;
  appSeries: string;
  referenceSeries?: string;
  app: Stats | null;
  reference: Stats | null;
  /** app median / reference median. */
  ratio: number | null;
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
}

export interface BenchResults {
  schemaVersion: 1;
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
  rows: RowResult[];
  series: SeriesResult[];
  failures: string[];
}

export function seriesResults(defs: readonly SeriesDef[], recorder: Recorder): SeriesResult[] {
  return defs.map((d) => ({ ...d, stats: summarize(recorder.of(d.id)) }));
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
      title: r.title,
      ...(r.note === undefined ? {} : { note: r.note }),
      unit: app.unit,
      appSeries: r.app,
      ...(r.reference === undefined ? {} : { referenceSeries: r.reference }),
      app: app.stats,
      reference: ref?.stats ?? null,
      ratio: ratio(app.stats, ref?.stats ?? null),
    };
  });
}
