import { MAX_FILE_BYTES } from '../domain/limits';
import type { Problem } from '../domain/problems';
import { normaliseSource } from '../domain/source-text';
import { decodeText } from './text-files';
import { readZip } from './zip-entries';

export type SourceFileResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

/**
 * A source text on its own, to start a graph from: .txt in any encoding a Chinese office writes, or the
 * paragraphs of a .docx — read as the spreadsheet import reads the source beside a spreadsheet.
 */
export async function readSourceFile(file: File): Promise<SourceFileResult> {
  const fail = (code: Problem['code'], params: Problem['params'] = {}): SourceFileResult => ({
    ok: false,
    problems: [{ file: file.name, path: '', code, params }],
  });
  if (file.size > MAX_FILE_BYTES) return fail('file-too-large', { bytes: file.size, max: MAX_FILE_BYTES });
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.docx$/i.test(file.name)) {
    const zip = readZip(bytes);
    if (!zip.ok) return fail('zip-unreadable', { detail: '' });
    const text = await (await import('./docx')).docxText(zip).catch(() => undefined);
    return text === undefined
      ? fail('zip-unreadable', { detail: '' })
      : { ok: true, text: normaliseSource(text) };
  }
  if (!/\.txt$/i.test(file.name)) return fail('file-type-unknown', { name: file.name });
  const decoded = decodeText(bytes, file.name);
  return decoded.ok ? { ok: true, text: decoded.text } : decoded;
}
