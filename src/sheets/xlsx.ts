import readExcelFile from 'read-excel-file/universal';
import writeExcelFile from 'write-excel-file/universal';
import type { Problem } from '../domain/problems';
import type { Table } from './table';
import { storedZip, type ZipResult } from './zip-entries';

/**
 * .xlsx in and out with read-excel-file and write-excel-file (MIT, small, no eval): their `universal` builds
 * run in the read worker and in Node alike and start no workers of their own. The archive is checked by
 * `readZip` first and handed over unpacked-and-stored, so the reader inflates nothing itself.
 */
export type SheetsResult = { ok: true; tables: Table[] } | { ok: false; problems: Problem[] };

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).replace(/\r\n?/g, '\n');
}

export async function readXlsx(zip: Extract<ZipResult, { ok: true }>, file: string): Promise<SheetsResult> {
  try {
    const sheets = await readExcelFile(storedZip(zip.entries).slice().buffer);
    return {
      ok: true,
      tables: sheets.map((s) => ({
        name: s.sheet,
        file,
        rows: s.data.map((row) => row.map(cellText)),
      })),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, path: '', code: 'zip-unreadable', params: { detail } }] };
  }
}

/** Column widths in characters, by the first header's position: wide for sentences, narrow for numbers. */
const WIDTHS: Record<string, number[]> = {
  nodes: [30, 30, 10, 24, 32, 16, 48, 48, 36, 8, 36],
  edges: [30, 30, 12, 36, 8],
  meta: [16, 60],
};

/** Small whole numbers (paragraphs, the year) are written as numbers, so Excel does not flag them as text. */
const asCell = (text: string) => (/^[1-9]\d{0,8}$/.test(text) ? Number(text) : text || null);

export function writeXlsx(tables: readonly Table[]): Promise<Blob> {
  return writeExcelFile(
    tables.map((t) => ({
      sheet: t.name,
      data: t.rows.map((row, i) => row.map((c) => (i === 0 ? c : asCell(c)))),
      columns: (WIDTHS[t.name] ?? []).map((width) => ({ width })),
      stickyRowsCount: 1,
    })),
  ).toBlob();
}
