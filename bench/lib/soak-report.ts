/** The soak benchmark's numbers and how they are judged (pure, unit-tested in bench/tests/soak-report.test.ts). */
export interface Checkpoint {
  /** Steps done when it was taken. */
  steps: number;
  /** JS heap in use after a forced garbage collection (bytes). */
  heapUsed: number;
  /** Of heapUsed, V8's compiled code (a heap snapshot's "code" nodes: machine code, bytecode, their metadata). */
  codeBytes: number;
  /** Blink's own heap (DOM, style, fonts, canvas text shaping): Runtime.getHeapUsage's embedderHeapUsedSize. */
  embedderHeapUsed: number;
  /** DOM nodes alive (Memory.getDOMCounters, after the collection). */
  domNodes: number;
  /** Nodes in the document (what the app shows). */
  documentNodes: number;
  jsEventListeners: number;
  /** Page time that passed (ms, page.clock). */
  pageTimeMs: number;
}

export const ALLOWED_DRIFT = 0.1;

export interface Drift {
  heap: number;
  /** Not judged, shown: the JS heap's compiled code, and everything else in it (the app's objects). */
  code: number;
  heapWithoutCode: number;
  /** Not judged (the bound is on the JS heap and the DOM), shown: Blink's heap. */
  embedderHeap: number;
  domNodes: number;
  documentNodes: number;
  listeners: number;
}

const rel = (v: number, base: number) => (base === 0 ? (v === 0 ? 0 : Infinity) : (v - base) / base);

/** Largest relative change of each figure from the first checkpoint (the warm-up) to any later one. */
export function driftFromFirst(points: readonly Checkpoint[]): Drift {
  const [first, ...rest] = points;
  const worst = (pick: (c: Checkpoint) => number) =>
    first
      ? rest.reduce(
          (m, c) => (Math.abs(rel(pick(c), pick(first))) > Math.abs(m) ? rel(pick(c), pick(first)) : m),
          0,
        )
      : 0;
  return {
    heap: worst((c) => c.heapUsed),
    code: worst((c) => c.codeBytes),
    heapWithoutCode: worst((c) => c.heapUsed - c.codeBytes),
    embedderHeap: worst((c) => c.embedderHeapUsed),
    domNodes: worst((c) => c.domNodes),
    documentNodes: worst((c) => c.documentNodes),
    listeners: worst((c) => c.jsEventListeners),
  };
}

export const withinAllowed = (d: Drift) =>
  [d.heap, d.domNodes, d.documentNodes, d.listeners].every((v) => Math.abs(v) <= ALLOWED_DRIFT);

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
const pct = (v: number) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)} %`;

export function formatSoakTable(points: readonly Checkpoint[]): string {
  const head = [
    'checkpoint',
    'steps',
    'page time',
    'JS heap',
    'of it code',
    'the rest',
    'Blink heap',
    'DOM nodes',
    'in document',
    'listeners',
  ];
  const rows = points.map((c, i) => [
    String(i + 1),
    String(c.steps),
    `${(c.pageTimeMs / 60_000).toFixed(1)} min`,
    mib(c.heapUsed),
    mib(c.codeBytes),
    mib(c.heapUsed - c.codeBytes),
    mib(c.embedderHeapUsed),
    String(c.domNodes),
    String(c.documentNodes),
    String(c.jsEventListeners),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  const d = driftFromFirst(points);
  return [
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    `largest change after checkpoint 1: JS heap ${pct(d.heap)}, DOM nodes ${pct(d.domNodes)}, ` +
      `in document ${pct(d.documentNodes)}, listeners ${pct(d.listeners)} ` +
      `(allowed ±${ALLOWED_DRIFT * 100} %: ${withinAllowed(d) ? 'within' : 'EXCEEDED'})`,
    `  of the JS heap: compiled code ${pct(d.code)}, the rest ${pct(d.heapWithoutCode)}; ` +
      `Blink's heap ${pct(d.embedderHeap)} (shown, not judged)`,
  ].join('\n');
}
