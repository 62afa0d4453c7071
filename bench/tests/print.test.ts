import { describe, expect, it } from 'vitest';
import { formatMarkdown, formatTable } from '../lib/print';
import type { BenchResults } from '../lib/results';
import { summarize } from '../lib/stats';

const results = (failures: string[] = []): BenchResults => ({
  schemaVersion: 2,
  mode: 'quick',
  runsPerMetric: 3,
  runsRequested: 3,
  warmUp: false,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:01:00.000Z',
  durationSeconds: 60,
  environment: {
    node: 'v20',
    chromium: '156',
    platform: 'linux',
    cpu: 'cpu',
    cores: 2,
    memoryGiB: 24,
    loadAverage: { start: 1, end: 2 },
    viewport: { width: 1280, height: 800 },
    canvas: { width: 1000, height: 700 },
  },
  subject: {
    appBuild: { rebuilt: false, builtAt: '2026-01-01T00:00:00.000Z' },
    graph: {
      path: 'g/graph.json',
      nodes: 10,
      edges: 9,
      startViewNodes: 4,
      smallBranch: { id: 'b', newNodes: 2 },
      allNodes: 10,
    },
    startPositionsMaxDelta: 0,
    startViewport: null,
    generated: [],
  },
  sections: [
    { id: 'taigu', title: 'Taigu graph', about: [] },
    { id: 'gen-1000', title: 'generated graph, 1,000 nodes', about: ['shape: depth 4, 20% cross-links'] },
  ],
  rows: [
    {
      id: 'first-render',
      section: 'taigu',
      title: 'first render',
      unit: 'ms',
      appSeries: 'a',
      referenceSeries: 'r',
      app: summarize([1200, 1000, 1100]),
      reference: summarize([400, 500, 600]),
      ratio: 1100 / 500,
      note: 'a note | with a pipe',
    },
    {
      id: 'heap',
      section: 'taigu',
      title: 'app only',
      unit: 'ms',
      appSeries: 'h',
      app: summarize([12.34]),
      reference: null,
      ratio: null,
    },
    {
      id: 'gen-1000.longtasks',
      section: 'gen-1000',
      title: 'long tasks: count',
      unit: 'count',
      appSeries: 'c',
      referenceSeries: 'd',
      app: summarize([3, 2, 2]),
      reference: summarize([4, 5]),
      ratio: 2 / 4.5,
    },
    {
      id: 'gen-1000.heap',
      section: 'gen-1000',
      title: 'JS heap',
      unit: 'MB',
      appSeries: 'e',
      referenceSeries: 'f',
      app: summarize([23.61]),
      reference: null,
      ratio: null,
      referenceSkipped: 'skipped (quick)',
    },
  ],
  series: [],
  failures,
});

describe('printer', () => {
  it('prints medians, the ratio and min–max per metric in aligned columns', () => {
    const lines = formatTable(results()).split('\n').slice(1);
    expect(lines[0]).toMatch(/^metric\s+app median\s+ref median\s+app\/ref/);
    const row = lines.find((l) => l.startsWith('first render'))!;
    expect(row).toContain('1100 ms');
    expect(row).toContain('500 ms');
    expect(row).toContain('2.20×');
    expect(row).toContain('1000–1200');
    expect(row).toContain('400–600');
    // Numbers are right-aligned under their header.
    const end = lines[0]!.indexOf('app/ref') + 'app/ref'.length;
    expect(row.indexOf('2.20×') + '2.20×'.length).toBe(end);
    expect(lines.find((l) => l.startsWith('app only'))).toMatch(/12\.3 ms\s+—\s+—/);
  });

  it('prints a table per graph with its shape, counts without a unit, memory in MB, and why a side is missing', () => {
    const text = formatTable(results());
    const gen = text.indexOf('== generated graph, 1,000 nodes');
    expect(text.indexOf('== Taigu graph')).toBe(0);
    expect(gen).toBeGreaterThan(text.indexOf('first render'));
    expect(text.slice(gen)).toContain('shape: depth 4, 20% cross-links');
    expect(text.slice(gen)).toMatch(/long tasks: count\s+2\s+4\.5\s+0\.44×\s+2–3\s+4–5/);
    expect(text.slice(gen)).toMatch(/JS heap\s+23\.6 MB\s+skipped \(quick\)/);
    // The Taigu table holds only its own rows.
    expect(text.slice(0, gen)).not.toContain('JS heap');
  });

  it('lists what failed to run under the table', () => {
    expect(formatTable(results())).not.toContain('failure');
    expect(formatTable(results(['run 1, first-render: boom']))).toContain('- run 1, first-render: boom');
  });

  it('writes Markdown with the machine, the table, the notes and the failures', () => {
    const md = formatMarkdown(results(['run 2, expand-all: timeout']));
    expect(md).toContain('# Benchmark: app vs reference (quick)');
    expect(md).toContain('2 cores');
    expect(md).toContain('| metric | app median | ref median | app/ref |');
    expect(md).toMatch(/\| first render \| 1100 ms \| 500 ms \| 2\.20× \|/);
    expect(md).toContain('- **first render**: a note | with a pipe');
    expect(md).toContain('## generated graph, 1,000 nodes');
    expect(md).toContain('- shape: depth 4, 20% cross-links');
    expect(md).toContain('| JS heap | 23.6 MB | skipped (quick) | — |');
    expect(md).toContain('## Failures');
    expect(md).toContain('- run 2, expand-all: timeout');
  });
});
