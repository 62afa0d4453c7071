/**
 * `npx tsx scripts/make-import-fixtures.ts` — writes the invented plan the import e2e tests open (built by
 * e2e/import-fixtures.ts) to e2e/fixtures-import/, to open by hand in the app or in Excel / WPS: the .xlsx
 * with English headers, GBK CSVs with Chinese headers, UTF-8 CSVs with a BOM, the source as .txt and .docx,
 * and the workbook with one of each mistake. The folder is not checked in; the tests build the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  badSheets,
  docxOf,
  gbkCsv,
  planSheets,
  SOURCE,
  SOURCE_TEXT,
  utf8BomCsv,
  xlsxOf,
} from '../e2e/import-fixtures';

const dir = 'e2e/fixtures-import';
mkdirSync(`${dir}/gbk`, { recursive: true });
mkdirSync(`${dir}/utf8`, { recursive: true });
const en = planSheets(false);
const zh = planSheets(true);
const files: [string, Buffer | string][] = [
  ['hewan.xlsx', await xlsxOf(en)],
  ['hewan-mistakes.xlsx', await xlsxOf(badSheets())],
  ['source.txt', SOURCE_TEXT],
  ['source.docx', docxOf(SOURCE)],
  ...(['nodes', 'edges', 'meta'] as const).flatMap((s): [string, Buffer][] => [
    [`gbk/${s}.csv`, gbkCsv(zh[s])],
    [`utf8/${s}.csv`, utf8BomCsv(en[s])],
  ]),
];
for (const [name, data] of files) writeFileSync(`${dir}/${name}`, data);
console.log(`wrote ${files.length} files to ${dir}/`);
