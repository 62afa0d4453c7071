import type { Problem } from '../domain/problems';

export type Decoded = { ok: true; text: string } | { ok: false; problems: Problem[] };

/**
 * Text as Excel, WPS and Notepad write it on Chinese Windows: UTF-8 with or without a BOM first (strict, so
 * GBK bytes are never misread as UTF-8), then GB18030 (a superset of GBK); "Unicode text" is UTF-16 with a BOM.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  const tryDecode = (encoding: string, from = 0) => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(from));
    } catch {
      return undefined;
    }
  };
  let text: string | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = tryDecode('utf-16le', 2);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = tryDecode('utf-16be', 2);
  else text = tryDecode('utf-8') ?? tryDecode('gb18030');
  if (text === undefined)
    return { ok: false, problems: [{ file, path: '', code: 'text-encoding', params: {} }] };
  return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** UTF-8 with a byte-order mark: without it, Excel on Chinese Windows reads a CSV as GBK. */
export function utf8WithBom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(UTF8_BOM.length + body.length);
  out.set(UTF8_BOM);
  out.set(body, UTF8_BOM.length);
  return out;
}
