import type { BenchResults, RowResult, Section, Unit } from './results';
import type { Stats } from './stats';

/** A number in a unit, without the unit: whole ms above 100, whole counts, MB to a tenth. */
export function formatValue(v: number, unit: Unit): string {
  if (unit === 'count') return Number.isInteger(v) ? String(v) : v.toFixed(1);
  if (unit === 'MB') return v.toFixed(1);
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

const SUFFIX: Record<Unit, string> = { ms: ' ms', count: '', MB: ' MB' };

const median = (s: Stats | null, unit: Unit, skipped?: string) =>
  s ? `${formatValue(s.median, unit)}${SUFFIX[unit]}` : (skipped ?? '—');
const range = (s: Stats | null, unit: Unit) =>
  s ? `${formatValue(s.min, unit)}–${formatValue(s.max, unit)}` : '—';
const times = (r: number | null) => (r === null ? '—' : `${r.toFixed(2)}×`);

const HEAD = ['metric', 'app median', 'ref median', 'app/ref', 'app min–max', 'ref min–max', 'n'];

function cells(r: RowResult): string[] {
  const n = `${r.app?.samples.length ?? 0}/${r.reference?.samples.length ?? (r.referenceSeries ? 0 : '-')}`;
  return [
    r.title,
    median(r.app, r.unit, r.appSkipped),
    median(r.reference, r.unit, r.referenceSkipped),
    times(r.ratio),
    range(r.app, r.unit),
    range(r.reference, r.unit),
    n,
  ];
}

type Tables = Pick<BenchResults, 'sections' | 'rows' | 'failures'>;

/** The sections in order, each with its rows; rows of a section the results do not list come last. */
function grouped(results: Tables): { section: Section; rows: RowResult[] }[] {
  const known = new Set(results.sections.map((s) => s.id));
  const extra = [...new Set(results.rows.map((r) => r.section).filter((id) => !known.has(id)))];
  return [...results.sections, ...extra.map((id) => ({ id, title: id, about: [] }))]
    .map((section) => ({ section, rows: results.rows.filter((r) => r.section === section.id) }))
    .filter((g) => g.rows.length > 0);
}

function textTable(rows: RowResult[]): string[] {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, c) => Math.max(...all.map((r) => [...r[c]!].length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)];
}

/** The tables for the terminal, one per section: aligned columns, numbers right-aligned. */
export function formatTable(results: Tables): string {
  const groups = grouped(results);
  const out: string[] = [];
  for (const [i, { section, rows }] of groups.entries()) {
    if (groups.length > 1) out.push(...(i ? [''] : []), `== ${section.title}`, ...section.about);
    out.push(...textTable(rows));
  }
  if (results.failures.length)
    out.push('', `${results.failures.length} failure(s):`, ...results.failures.map((f) => `  - ${f}`));
  return out.join('\n');
}

/** The same tables as Markdown, with what was measured, on what, and any failures. */
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
  ];
  for (const { section, rows } of grouped(results)) {
    out.push('', `## ${esc(section.title)}`, '');
    if (section.about.length) out.push(...section.about.map((a) => `- ${a}`), '');
    out.push(
      `| ${HEAD.join(' | ')} |`,
      `| ${HEAD.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
      ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
    );
    const notes = rows.filter((r) => r.note);
    if (notes.length) out.push('', ...notes.map((r) => `- **${esc(r.title)}**: ${r.note}`));
  }
  if (results.failures.length)
    out.push('', '## Failures', '', ...results.failures.map((f) => `- ${f.replace(/\n/g, ' ')}`));
  return out.join('\n') + '\n';
}
