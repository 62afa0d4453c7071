import Papa from 'papaparse';
import type { Problem } from '../domain/problems';
import type { Table } from './table';
import { utf8WithBom } from './text-files';

/**
 * CSV in and out. A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is written with a
 * leading `'`, which Excel shows and never runs; reading takes that `'` off again, so text round-trips.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED = /^'(?=[=+\-@\t\r])/;

export type CsvResult = { ok: true; table: Table } | { ok: false; problems: Problem[] };

/** Comma or tab, whichever the header line has more of (Excel's "Unicode text" is tab-separated). */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

export function parseCsv(text: string, name: string): CsvResult {
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken)
    return {
      ok: false,
      problems: [
        {
          file: name,
          path: '',
          code: 'csv-syntax',
          params: { detail: broken.message },
          cell: { sheet: name, row: (broken.row ?? 0) + 1 },
        },
      ],
    };
  const rows = parsed.data.map((cells) => cells.map((c) => c.replace(ESCAPED, '')));
  // The line break after the last row is not another row.
  if (rows.length && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return { ok: true, table: { name, file: name, rows } };
}

export function writeCsv(table: Table): Uint8Array {
  const rows = table.rows.map((cells) => cells.map((c) => (FORMULA_START.test(c) ? `'${c}` : c)));
  return utf8WithBom(Papa.unparse(rows, { newline: '\r\n', quotes: false }) + '\r\n');
}
