import type { Problem, ProblemCell } from '../domain/problems';
import { LIMITS } from '../domain/schema';
import { splitParagraphs } from '../domain/source-text';
import { validateGraph, type GraphResult } from '../domain/validate-graph';
import type { SheetKind } from './columns';
import { cellRef, type ImportContext } from './import-context';
import { assembleGraph } from './read-meta';
import { readEdges } from './read-edges';
import { readNodes, referenceResolver } from './read-nodes';
import { problemAdder, readTable, sheetKindOf, type Table } from './table';

const MAX_ROWS: Record<SheetKind, number> = {
  nodes: LIMITS.maxNodes,
  edges: LIMITS.maxEdges,
  meta: 100,
};

/**
 * Pure: the tables of a workbook, of CSV files or of an outline, and the source text when it came along, to a
 * graph checked by the same rules as every graph file. Every problem — the sheet's own (an unknown kind, a parent
 * nobody has) and the graph's (a quote not in the source, a cycle) — names its sheet, row and column.
 */
export function tablesToGraph(tables: readonly Table[], sourceText?: string): GraphResult {
  const problems: Problem[] = [];
  const file = tables[0]?.file ?? '';
  const ctx: ImportContext = {
    add: problemAdder(problems, () => file),
    paragraphs: sourceText === undefined ? undefined : splitParagraphs(sourceText),
    where: new Map(),
  };

  const byKind = new Map<SheetKind, Table>();
  for (const table of tables) {
    const kind = sheetKindOf(table);
    if (!kind) continue;
    const first = byKind.get(kind);
    if (first) ctx.add('sheet-twice', { kind, first: first.name }, { sheet: table.name });
    else byKind.set(kind, table);
  }
  const nodesTable = byKind.get('nodes');
  if (!nodesTable) {
    ctx.add('sheet-missing', { found: tables.map((t) => t.name).join(', ') }, { sheet: file });
    return { ok: false, problems };
  }
  // Counted before any work per row: an oversized sheet is refused with one problem.
  for (const [kind, table] of byKind) {
    const count = table.rows.length - 1;
    if (count > MAX_ROWS[kind])
      ctx.add('sheet-too-many-rows', { count, max: MAX_ROWS[kind] }, { sheet: table.name });
  }
  if (problems.length) return { ok: false, problems };

  const nodeSheet = readTable('nodes', nodesTable, ctx.add);
  const edgesTable = byKind.get('edges');
  const edgeSheet = edgesTable && readTable('edges', edgesTable, ctx.add);
  const metaTable = byKind.get('meta');
  const metaSheet = metaTable && readTable('meta', metaTable, ctx.add);
  if (problems.length) return { ok: false, problems: sorted(problems, tables) };

  const drafts = readNodes(nodeSheet, ctx);
  const resolve = referenceResolver(drafts, ctx);
  const edges = readEdges(drafts, edgeSheet, resolve, nodeSheet.cell, ctx);
  const input = assembleGraph(
    metaSheet,
    drafts.map((d) => d.node),
    edges,
    ctx,
  );
  ctx.where.set('nodes', nodeSheet.cell(undefined));
  const checked = validateGraph(input, { file, ...(sourceText === undefined ? {} : { sourceText }) });
  if (checked.ok && !problems.length) return checked;
  if (!checked.ok) for (const p of checked.problems) problems.push(placed(p, ctx.where));
  return { ok: false, problems: sorted(problems, tables) };
}

/** The cell of a JSON path: the path itself, or the nearest enclosing path a cell was recorded for. */
function locate(path: string, where: ReadonlyMap<string, ProblemCell>): ProblemCell | undefined {
  for (let p = path; p;) {
    const cell = where.get(p);
    if (cell) return cell;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return undefined;
}

/** A problem of the built graph, moved to the cell it came from; "the same id as nodes[3]" names that cell. */
function placed(problem: Problem, where: ReadonlyMap<string, ProblemCell>): Problem {
  const cell = locate(problem.path, where);
  const first = problem.params.first;
  const params = { ...problem.params };
  if (typeof first === 'string') {
    const other = locate(problem.code === 'duplicate-id' ? `${first}.id` : first, where);
    if (other) params.first = cellRef(other);
  }
  return cell ? { ...problem, params, cell } : { ...problem, params };
}

/** In the order of the workbook: sheet by sheet, row by row, column by column; problems of no cell first. */
function sorted(problems: Problem[], tables: readonly Table[]): Problem[] {
  const sheetIndex = new Map(tables.map((t, i) => [t.name, i]));
  const key = (p: Problem) =>
    [
      p.cell ? (sheetIndex.get(p.cell.sheet) ?? -1) + 1 : 0,
      p.cell?.row ?? 0,
      p.cell?.letter?.length ?? 0,
      p.cell?.letter ?? '',
    ] as const;
  return problems
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => {
      for (let j = 0; j < 3; j++) if (a.k[j] !== b.k[j]) return (a.k[j] as number) - (b.k[j] as number);
      return a.k[3] < b.k[3] ? -1 : a.k[3] > b.k[3] ? 1 : a.i - b.i;
    })
    .map((x) => x.p);
}
