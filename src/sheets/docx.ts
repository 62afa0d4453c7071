import mammoth from 'mammoth';
import type { ZipResult } from './zip-entries';
import { storedZip } from './zip-entries';

/**
 * The text of a Word document, paragraph by paragraph (mammoth separates them with a blank line, which is how
 * a source text's paragraphs are numbered). Loaded only when a .docx comes along: mammoth is the largest
 * library here.
 */
export async function docxText(zip: Extract<ZipResult, { ok: true }>): Promise<string> {
  const stored = storedZip(zip.entries).slice().buffer;
  // mammoth's browser build takes an ArrayBuffer, its Node build (unit tests, scripts) a Buffer.
  const NodeBuffer = (globalThis as { Buffer?: { from(data: ArrayBuffer): unknown } }).Buffer;
  const input = NodeBuffer ? { buffer: NodeBuffer.from(stored) } : { arrayBuffer: stored };
  const result = await mammoth.extractRawText(input as Parameters<typeof mammoth.extractRawText>[0]);
  return result.value;
}
