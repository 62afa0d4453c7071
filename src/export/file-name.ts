import type { ExportFormat, ExportScope } from './export-options';

const pad = (n: number) => String(n).padStart(2, '0');

/** `taigu-<scope>-<YYYYMMDD>.png`: what it is and when, in the reader's local date. */
export function exportFileName(scope: ExportScope, date: Date, format: ExportFormat = 'png'): string {
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
  return `taigu-${scope}-${day}.${format}`;
}

/** The date as printed in the footer: YYYY-MM-DD. */
export function footerDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
