/**
 * `npm run graph:check [dir]` — validates every shipped graph and prints either all problems (exit 1)
 * or a summary per graph: nodes by kind, edges by relation, depth, how much of the source the quotes cover, and
 * its tours (graph-data/<graph>/tours/*.json, checked against the graph). Then the content rules and the
 * graph's glossary (graph-data/<graph>/glossary.json): every problem is listed and the exit code is 1.
 */
import { resolve } from 'node:path';
import { loadGraphDir } from './lib/graph-dir';
import { graphStats, type GraphStats } from '../src/domain/graph-stats';
import { formatProblemLine } from '../src/i18n/problem-messages';
import { checkGraphContent } from './lib/content-checks';

const dir = resolve(process.argv[2] ?? 'graph-data');
const result = loadGraphDir(dir);

if (result.problems.length) {
  console.error(`✗ ${result.problems.length} problem(s) in ${dir}:\n`);
  for (const p of result.problems) console.error(`  ${formatProblemLine(p, 'en')}`);
  process.exit(1);
}

const contentProblems: string[] = [];
for (const loaded of result.graphs) {
  printSummary(loaded.id, graphStats(loaded.graph, loaded.sourceText));
  const tours = loaded.tours ?? [];
  console.log(
    `  tours: ${tours.length ? tours.map((t) => `${t.id} (${t.steps.length} steps)`).join(', ') : 'none'}`,
  );
  const content = checkGraphContent(loaded);
  const ok = content.problems.length === 0;
  console.log(
    `  content rules${content.glossaryTerms === undefined ? '' : ` and glossary (${content.glossaryTerms} terms)`}: ${ok ? 'all hold' : `${content.problems.length} problem(s)`}`,
  );
  contentProblems.push(...content.problems);
}
if (contentProblems.length) {
  console.error(`\n✗ ${contentProblems.length} content problem(s):\n`);
  for (const line of contentProblems) console.error(`  ${line}`);
  process.exit(1);
}

function printSummary(id: string, s: GraphStats): void {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
  const list = (rec: Record<string, number>) =>
    Object.entries(rec)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  console.log(
    `✓ ${id}: ${s.nodes} nodes, ${s.edges} edges, part-of depth ${s.depth}, roots: ${s.roots.join(', ')}`,
  );
  console.log(`  nodes by kind:     ${list(s.byKind)}`);
  console.log(`  edges by relation: ${list(s.byRelation)}`);
  console.log(
    `  source covered by quotes: ${s.coverage.covered}/${s.coverage.chars} chars (${pct(s.coverage.covered, s.coverage.chars)})`,
  );
  for (const p of s.coverage.paragraphs) {
    const note = p.frontMatter
      ? '  (front matter, not counted)'
      : p.quotes === 0
        ? '  ← no node quotes this paragraph'
        : '';
    console.log(
      `    ¶${String(p.paragraph).padStart(2)}  ${String(p.quotes).padStart(3)} quotes  ${String(p.covered).padStart(4)}/${String(p.chars).padEnd(4)} ${pct(p.covered, p.chars).padStart(6)}${note}`,
    );
  }
}
