/**
 * `npm run bench -- --layouts`: only the hierarchical layout rows, in Node (no build, no browser), after one
 * warm-up pass that is not recorded. Prints the table and writes bench/results/layouts-latest.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { join } from 'node:path';
import { hierLayoutsMeasurement, HIER_SECTION } from '../measures/hier-layouts';
import type { BenchArgs } from './args';
import { formatTable } from './print';
import { REPO } from './prepare';
import { Recorder, rowResults, seriesResults } from './results';

export function runLayoutsOnly(
  args: BenchArgs,
  generatedRuns: { quick: number; full: number },
  quickSlowBelow: number,
): number {
  const runs = args.quick ? generatedRuns.quick : Math.min(args.runs, generatedRuns.full);
  const hier = hierLayoutsMeasurement({ sizes: args.sizes, generatedRuns: runs, quickSlowBelow });
  const known = new Set(hier.series.map((s) => s.id));
  const startedAt = new Date();
  const load = loadavg()[0]!;
  const recorder = new Recorder(known);
  const failures: string[] = [];
  try {
    if (!args.quick) hier.runNode(new Recorder(known), args.quick);
    for (let run = 1; run <= args.runs; run++) {
      const t = performance.now();
      hier.runNode(recorder, args.quick);
      console.log(`  run ${run}/${args.runs}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
  } catch (e) {
    failures.push(e instanceof Error ? e.message : String(e));
  }
  const series = seriesResults(hier.series, recorder);
  const rows = rowResults(hier.rows, series);
  const table = formatTable({ sections: [hier.section], rows, failures });
  const results = {
    mode: args.quick ? 'quick' : 'full',
    runs: args.runs,
    warmUp: !args.quick,
    startedAt: startedAt.toISOString(),
    durationSeconds: (Date.now() - startedAt.getTime()) / 1000,
    environment: {
      node: process.version,
      platform: `${platform()} ${release()}`,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      loadAverage: { start: load, end: loadavg()[0]! },
    },
    section: hier.section,
    rows,
    series,
    failures,
  };
  const dir = join(REPO, 'bench', 'results');
  const name = args.quick ? 'layouts-latest-quick' : 'layouts-latest';
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(
    join(dir, `${name}.md`),
    [
      `# Benchmark: hierarchical layouts in Node (${results.mode})`,
      '',
      `${results.startedAt} · ${args.runs} runs · Node ${process.version} · ${results.environment.cpu}, ` +
        `${results.environment.cores} cores · load ${load.toFixed(2)} → ${results.environment.loadAverage.end.toFixed(2)}`,
      '',
      '```',
      table,
      '```',
      '',
    ].join('\n'),
  );
  console.log(`\n${table}\n\nwrote bench/results/${name}.{json,md} (section ${HIER_SECTION})`);
  return failures.length ? 1 : 0;
}
