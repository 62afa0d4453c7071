import readExcelFile from 'read-excel-file/universal';
import type { Problem } from '../domain/problems';
import type { Table } from './table';
import { storedZip, type ZipResult } from './zip-entries';

/**
 * Reading .xlsx with read-excel-file (MIT, small, no eval): its `universal` build runs in the read worker and in
 * Node alike and starts no workers of its own. The archive is checked by `readZip` first and handed over
 * unpacked-and-stored, so the reader inflates nothing itself.
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
