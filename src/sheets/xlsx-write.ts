import writeExcelFile from 'write-excel-file/universal';
import type { Table } from './table';

/**
 * Writing .xlsx with write-excel-file (MIT, small, no eval), apart from the reader so that an export loads only
 * the writer.
 */
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
