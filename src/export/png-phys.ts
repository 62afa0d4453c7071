/**
 * Browsers write PNGs without a resolution. Print sizes carry theirs in a pHYs chunk (pixels per metre), inserted
 * right after IHDR, so a print shop's software opens A3 at 300 dpi as A3.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | undefined;
function table(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** CRC-32 as PNG defines it (ISO 3309). */
export function crc32(bytes: Uint8Array): number {
  const t = table();
  let c = 0xffffffff;
  for (const b of bytes) c = t[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** 300 dpi → 11811 px/m (rounded, as every tool does). */
export const dpiToPxPerMetre = (dpi: number) => Math.round(dpi / 0.0254);

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Walks the chunks: [type, start offset, total length]. */
export function pngChunks(bytes: Uint8Array): { type: string; start: number; length: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { type: string; start: number; length: number }[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    out.push({ type, start: at, length: 12 + len });
    at += 12 + len;
    if (type === 'IEND') break;
  }
  return out;
}

/** The PNG with a pHYs chunk for `dpi` (replacing any existing one). Throws on anything that is not a PNG. */
export function withDpi(bytes: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  if (!isPng(bytes)) throw new Error('not a PNG');
  const chunks = pngChunks(bytes);
  if (chunks[0]?.type !== 'IHDR') throw new Error('PNG without IHDR');
  const ppm = dpiToPxPerMetre(dpi);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, ppm);
  view.setUint32(4, ppm);
  data[8] = 1; // unit: metre
  const phys = chunk('pHYs', data);
  const kept = chunks.filter((c) => c.type !== 'pHYs');
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  kept.forEach((c, i) => {
    parts.push(bytes.subarray(c.start, c.start + c.length));
    if (i === 0) parts.push(phys);
  });
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The dpi recorded in a PNG's pHYs chunk, if any (for tests and the poster command's report). */
export function readDpi(bytes: Uint8Array): number | undefined {
  const phys = pngChunks(bytes).find((c) => c.type === 'pHYs');
  if (!phys) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset + phys.start + 8, 9);
  if (view.getUint8(8) !== 1) return undefined;
  return Math.round(view.getUint32(0) * 0.0254);
}
