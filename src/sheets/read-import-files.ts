import type { GraphFile } from '../domain/schema';
import type { Problem } from '../domain/problems';
import { MAX_FILE_BYTES } from '../domain/limits';
import { parseCsv } from './csv';
import { IMPORT_OR_SOURCE } from './file-types';
import { parseOutline } from './outline';
import type { Table } from './table';
import { tablesToGraph } from './tables-to-graph';
import { decodeText } from './text-files';
import { MAX_UNZIPPED_BYTES, readZip, type ZipResult } from './zip-entries';

export type ImportResult =
  | { ok: true; graph: GraphFile; graphText: string; sourceText?: string; fileName: string }
  | { ok: false; problems: Problem[] };

interface Named {
  name: string;
  bytes: () => Promise<Uint8Array>;
  size: number;
}

const TYPE = IMPORT_OR_SOURCE;

const problem = (file: string, code: Problem['code'], params: Problem['params'] = {}): Problem => ({
  file,
  path: '',
  code,
  params,
});

function zipProblem(name: string, zip: Exclude<ZipResult, { ok: true }>): Problem {
  return zip.reason === 'too-large'
    ? problem(name, 'unzipped-too-large', { bytes: zip.bytes, max: MAX_UNZIPPED_BYTES })
    : problem(name, 'zip-unreadable', { detail: '' });
}

/** A .zip of CSVs (as exported) is opened as its files; nested zips are not. */
async function unpack(files: readonly Named[], problems: Problem[]): Promise<Named[]> {
  const out: Named[] = [];
  for (const f of files) {
    if (!/\.zip$/i.test(f.name)) {
      out.push(f);
      continue;
    }
    const zip = readZip(
      await f.bytes(),
      (n) => TYPE.test(n) && !/\.zip$/i.test(n) && !n.startsWith('__MACOSX/'),
    );
    if (!zip.ok) problems.push(zipProblem(f.name, zip));
    else
      for (const [name, data] of zip.entries)
        out.push({ name: name.split('/').pop()!, bytes: async () => data, size: data.length });
  }
  return out;
}

/**
 * Reads what a person picked or dropped: a workbook (.xlsx), CSV files, a .zip of CSVs or a Markdown outline,
 * with the source text as .txt or .docx. The same size limit as for graph files, and for zips a limit on what
 * they unpack to. Parsing libraries load only for the files that need them.
 */
export async function readImportFiles(picked: readonly File[]): Promise<ImportResult> {
  const problems: Problem[] = [];
  const sized = picked.filter((f) => {
    if (f.size <= MAX_FILE_BYTES) return true;
    problems.push(problem(f.name, 'file-too-large', { bytes: f.size, max: MAX_FILE_BYTES }));
    return false;
  });
  const files = await unpack(
    sized.map((f) => ({
      name: f.name,
      size: f.size,
      bytes: async () => new Uint8Array(await f.arrayBuffer()),
    })),
    problems,
  );
  const tables: Table[] = [];
  let sourceText: string | undefined;
  for (const f of files) {
    if (!TYPE.test(f.name)) {
      problems.push(problem(f.name, 'file-type-unknown', { name: f.name }));
      continue;
    }
    const bytes = await f.bytes();
    if (/\.(xlsx|docx)$/i.test(f.name)) {
      const zip = readZip(bytes);
      if (!zip.ok) {
        problems.push(zipProblem(f.name, zip));
      } else if (/\.xlsx$/i.test(f.name)) {
        const read = await (await import('./xlsx-read')).readXlsx(zip, f.name);
        if (read.ok) tables.push(...read.tables);
        else problems.push(...read.problems);
      } else if (sourceText === undefined) {
        sourceText = await (await import('./docx')).docxText(zip).catch(() => {
          problems.push(problem(f.name, 'zip-unreadable', { detail: '' }));
          return undefined;
        });
      }
      continue;
    }
    const text = decodeText(bytes, f.name);
    if (!text.ok) {
      problems.push(...text.problems);
    } else if (/\.txt$/i.test(f.name)) {
      sourceText ??= text.text;
    } else if (/\.(md|markdown)$/i.test(f.name)) {
      const outline = parseOutline(text.text, f.name);
      tables.push(...outline.tables);
      problems.push(...outline.problems);
    } else {
      const csv = parseCsv(text.text, f.name);
      if (csv.ok) tables.push(csv.table);
      else problems.push(...csv.problems);
    }
  }
  if (problems.length) return { ok: false, problems };
  const result = tablesToGraph(tables, sourceText);
  if (!result.ok) return result;
  const fileName = tables[0]!.file;
  return {
    ok: true,
    graph: result.graph,
    graphText: `${JSON.stringify(result.graph, null, 2)}\n`,
    ...(sourceText === undefined ? {} : { sourceText }),
    fileName,
  };
}
