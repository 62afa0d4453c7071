import type { GraphFile } from '../domain/schema';
import type { Problem } from '../domain/problems';
import { decodeGraphBytes, MAX_FILE_BYTES, readGraphText } from '../domain/read-graph';
import { isImportFile } from '../sheets/file-types';

export type FilesResult =
  | { ok: true; graph: GraphFile; graphText: string; sourceText?: string; fileName: string }
  | { ok: false; problems: Problem[] };

const tooLarge = (file: File): Problem => ({
  file: file.name,
  path: '',
  code: 'file-too-large',
  params: { bytes: file.size, max: MAX_FILE_BYTES },
});

/**
 * Reads what a person picked or dropped: one graph .json and, optionally, its source .txt (or a spreadsheet or
 * outline with its source, src/sheets). Sizes are checked
 * before anything is read; the graph is validated with the same rules as the shipped data (quotes too, when the
 * source text comes along).
 */
export async function readGraphFiles(files: readonly File[]): Promise<FilesResult> {
  // Spreadsheets, CSV and outlines are read by their own lazily loaded chunk.
  if (files.some((f) => isImportFile(f.name)))
    return (await import('../sheets/read-import-files')).readImportFiles(files);
  const json = files.find((f) => /\.json$/i.test(f.name)) ?? files[0];
  if (!json)
    return { ok: false, problems: [{ file: '', path: '', code: 'source-missing', params: { name: '' } }] };
  const txt = files.find((f) => f !== json && /\.txt$/i.test(f.name));
  const big = [json, txt].filter((f): f is File => !!f && f.size > MAX_FILE_BYTES);
  if (big.length) return { ok: false, problems: big.map(tooLarge) };

  const decoded = decodeGraphBytes(new Uint8Array(await json.arrayBuffer()), json.name);
  if (!decoded.ok) return decoded;
  let sourceText: string | undefined;
  if (txt) {
    const src = decodeGraphBytes(new Uint8Array(await txt.arrayBuffer()), txt.name);
    if (!src.ok) return src;
    sourceText = src.text;
  }
  const result = readGraphText(decoded.text, json.name, sourceText);
  if (!result.ok) return result;
  return { ok: true, graph: result.graph, graphText: decoded.text, sourceText, fileName: json.name };
}
