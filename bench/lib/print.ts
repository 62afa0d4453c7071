import type { BenchResults, RowResult } from './results';
import type { Stats } from './stats';

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const median = (s: Stats | null) => (s ? `${ms(s.median)} ms` : '—');
const range = (s: Stats | null) => (s ? `${ms(s.min)}–${ms(s.max)}` : '—');
const times = (r: number | null) => (r === null ? '—' : `${r.toFixed(2)}×`);

const HEAD = ['metric', 'app median', 'ref median', 'app/ref', 'app min–max', 'ref min–max', 'n'];

function cells(r: RowResult): string[] {
  const n = `${r.app?.samples.length ?? 0}/${r.reference?.samples.length ?? (r.referenceSeries ? 0 : '-')}`;
  return [r.title, median(r.app), median(r.reference), times(r.ratio), range(r.app), range(r.reference), n];
}

/** The table for the terminal: aligned columns, numbers right-aligned. */
export function formatTable(results: BenchResults): string {
  const rows = [HEAD, ...results.rows.map(cells)];
  const widths = HEAD.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const failures = results.failures.length
    ? ['', `${results.failures.length} failure(s):`, ...results.failures.map((f) => `  - ${f}`)]
    : [];
  return [line(HEAD), rule, ...rows.slice(1).map(line), ...failures].join('\n');
}

/** The same table as Markdown, with what was measured, on what, and any failures. */
export function formatMarkdown(results: BenchResults): string {
  const e = results.environment;
  const g = results.subject.graph;
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const out = [
    `# Benchmark: app vs reference (${results.mode})`,
    '',
    `${results.startedAt} · ${results.runsPerMetric} runs per metric` +
      (results.runsPerMetric < results.runsRequested
        ? ` (of ${results.runsRequested}: time budget spent)`
        : '') +
      `${results.warmUp ? ' after a warm-up' : ''}, ` +
      `medians · ${results.durationSeconds.toFixed(0)} s`,
    '',
    `- Machine: ${e.cpu}, ${e.cores} cores, ${e.memoryGiB} GiB; load ${e.loadAverage.start.toFixed(2)} → ` +
      `${e.loadAverage.end.toFixed(2)}; ${e.platform}; Node ${e.node}; Chromium ${e.chromium} (headless)`,
    `- Viewport ${e.viewport.width}×${e.viewport.height}, canvas ${e.canvas.width}×${e.canvas.height}`,
    `- App build: dist/ from ${results.subject.appBuild.builtAt}` +
      (results.subject.appBuild.rebuilt ? ' (built by this run)' : ''),
    `- Graph \`${g.path}\`: ${g.nodes} nodes, ${g.edges} edges; start view ${g.startViewNodes} nodes; ` +
      `\`${g.smallBranch.id}\` adds ${g.smallBranch.newNodes}; expand all shows ${g.allNodes}`,
    '',
    `| ${HEAD.join(' | ')} |`,
    `| ${HEAD.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...results.rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
    '',
    ...results.rows.filter((r) => r.note).map((r) => `- **${esc(r.title)}**: ${r.note}`),
  ];
  if (results.failures.length)
    out.push('', '## Failures', '', ...results.failures.map((f) => `- ${f.replace(/\n/g, ' ')}`));
  return out.join('\n') + '\n';
}
