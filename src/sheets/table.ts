import type { Problem, ProblemCell, ProblemCode, ProblemParams } from '../domain/problems';
import { fieldOf, REQUIRED, SHEETS, type Field, type SheetKind } from './columns';

/**
 * One sheet of a workbook, one CSV file or one outline, as text cells: the first row holds the headers. Rows are
 * numbered as the spreadsheet numbers them (the header is row 1), or by `rowNumbers` (an outline's lines).
 */
export interface Table {
  /** The sheet's name, or the CSV / Markdown file's name. */
  name: string;
  /** The file it came from (a workbook holds several tables). */
  file: string;
  rows: string[][];
  rowNumbers?: number[];
  /** Outlines have lines, not lettered columns. */
  noLetters?: boolean;
}

/** A data row: its number as the reader sees it and its cells by field. */
export interface Row<K extends SheetKind> {
  row: number;
  get(field: Field<K>): string;
  has(field: Field<K>): boolean;
}

/** A table read as one sheet kind: its rows, and the place of any field of any row. */
export interface ReadTable<K extends SheetKind> {
  table: Table;
  rows: Row<K>[];
  cell(row: number | undefined, field?: Field<K>): ProblemCell;
}

/** `A`, …, `Z`, `AA`: the column letters Excel and WPS show. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export type AddProblem = (code: ProblemCode, params: ProblemParams, cell: ProblemCell) => void;

export function problemAdder(problems: Problem[], file: () => string): AddProblem {
  return (code, params, cell) => problems.push({ file: file(), path: '', code, params, cell });
}

/** Which kind of sheet a table is, by its headers: sheet names vary (Sheet1, 节点, nodes.csv), headers do not. */
export function sheetKindOf(table: Table): SheetKind | undefined {
  const headers = table.rows[0] ?? [];
  const has = (kind: SheetKind, field: string) => headers.some((h) => fieldOf(kind, h) === field);
  if (has('meta', 'key') && has('meta', 'value')) return 'meta';
  if (has('edges', 'source') && has('edges', 'target')) return 'edges';
  if (has('nodes', 'label_zh') || has('nodes', 'id')) return 'nodes';
  return undefined;
}

/** Maps the headers to fields, reporting unknown and missing columns; empty rows are skipped. */
export function readTable<K extends SheetKind>(kind: K, table: Table, add: AddProblem): ReadTable<K> {
  const headers = table.rows[0] ?? [];
  const columnOf = new Map<Field<K>, number>();
  const rowNumber = (i: number) => table.rowNumbers?.[i] ?? i + 1;
  const cell = (row: number | undefined, field?: Field<K>): ProblemCell => {
    const out: ProblemCell = { sheet: table.name };
    if (row !== undefined) out.row = row;
    const at = field === undefined ? undefined : columnOf.get(field);
    if (field !== undefined) out.column = at === undefined ? field : headers[at]!.trim();
    if (at !== undefined && !table.noLetters) out.letter = columnLetter(at);
    return out;
  };
  const known = Object.keys(SHEETS[kind]).join(', ');
  headers.forEach((header, i) => {
    if (!header.trim()) return;
    const field = fieldOf(kind, header);
    const place = { sheet: table.name, row: rowNumber(0), column: header.trim(), letter: columnLetter(i) };
    if (field === undefined) add('column-unknown', { header: header.trim(), known }, place);
    else if (columnOf.has(field)) add('column-unknown', { header: header.trim(), known, twice: 1 }, place);
    else columnOf.set(field, i);
  });
  for (const field of REQUIRED[kind] as readonly Field<K>[])
    if (!columnOf.has(field))
      add(
        'column-missing',
        { column: `${field} / ${SHEETS[kind][field] as string}` },
        { sheet: table.name, row: 1 },
      );

  const rows: Row<K>[] = [];
  table.rows.forEach((cells, i) => {
    if (i === 0 || cells.every((c) => !c.trim())) return;
    rows.push({
      row: rowNumber(i),
      get: (field) => (cells[columnOf.get(field) ?? -1] ?? '').trim(),
      has: (field) => columnOf.has(field),
    });
  });
  return { table, rows, cell };
}
