import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../src/domain/schema';
import { canonicalGraph, canonicalJson } from '../src/sheets/canonical-json';
import { parseCsv, writeCsv } from '../src/sheets/csv';
import { graphCsvZip, graphXlsx } from '../src/sheets/export-sheets';
import { graphToTables } from '../src/sheets/graph-to-tables';
import { readImportFiles } from '../src/sheets/read-import-files';
import { tablesToGraph } from '../src/sheets/tables-to-graph';
import { decodeText } from '../src/sheets/text-files';

const taigu = JSON.parse(readFileSync('graph-data/taigu-2021/graph.json', 'utf8')) as GraphFile;
const source = readFileSync('graph-data/taigu-2021/source.txt', 'utf8');
const same = (graph: GraphFile) => canonicalJson(canonicalGraph(graph));

describe('the Taigu graph through the spreadsheet format', () => {
  it('comes back the same through .xlsx, with Chinese and with English headers', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const xlsx = await graphXlsx(taigu, lang);
      const file = new File([await xlsx.arrayBuffer()], 'taigu.xlsx');
      const result = await readImportFiles([file, new File([source], 'source.txt')]);
      if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5), null, 1));
      expect(canonicalJson(result.graph)).toBe(same(taigu));
    }
  }, 30_000);

  it('comes back the same through the .zip of CSVs, which carries its source text', async () => {
    const zip = graphCsvZip(taigu, 'zh', source);
    const result = await readImportFiles([new File([await zip.arrayBuffer()], 'taigu-csv.zip')]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5), null, 1));
    expect(canonicalJson(result.graph)).toBe(same(taigu));
    expect(result.sourceText).toBe(source.replace(/\r\n?/g, '\n'));
  });

  it('comes back the same through CSV text written and read again', () => {
    const tables = graphToTables(taigu, 'en').map((t) => {
      const text = decodeText(writeCsv(t), `${t.name}.csv`);
      if (!text.ok) throw new Error('not decoded');
      const csv = parseCsv(text.text, `${t.name}.csv`);
      if (!csv.ok) throw new Error('not parsed');
      return csv.table;
    });
    const result = tablesToGraph(tables, source);
    expect(result.ok && canonicalJson(result.graph)).toBe(same(taigu));
  });
});
