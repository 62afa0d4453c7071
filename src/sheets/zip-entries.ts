import { Inflate, zipSync } from 'fflate';

/**
 * Reading zip files (.xlsx, .docx and .zip of CSVs are all zips) without trusting them. A zip bomb — a small
 * file that inflates to gigabytes — is refused: by the sizes the archive declares, before anything is
 * inflated, and by what actually comes out, counted while inflating, for an archive that lies about its sizes.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 2_000;
/** Inflating this much input at a time bounds what one step can produce (deflate expands at most ~1032×). */
const STEP = 16 * 1024;

export type ZipResult =
  | { ok: true; entries: Map<string, Uint8Array> }
  | { ok: false; reason: 'unreadable' }
  | { ok: false; reason: 'too-large'; bytes: number };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

function centralDirectory(z: Uint8Array): Entry[] | undefined {
  const v = new DataView(z.buffer, z.byteOffset, z.byteLength);
  let end = z.length - 22;
  while (end >= 0 && v.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return undefined;
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  if (count > MAX_ENTRIES) return undefined;
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > z.length || v.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = v.getUint16(at + 28, true);
    const skip = nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(z.subarray(at + 46, at + 46 + nameLength)),
      method: v.getUint16(at + 10, true),
      compressed: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      offset: v.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/** One entry's bytes, inflated step by step; undefined when it comes out larger than `max`. */
function inflateBounded(data: Uint8Array, max: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  for (let at = 0; at < data.length && total <= max; at += STEP)
    inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  if (total > max) return undefined;
  const out = new Uint8Array(total);
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  return out;
}

/** The entries `wanted` picks (all by default), inflated within `max` bytes in all. */
export function readZip(
  z: Uint8Array,
  wanted: (name: string) => boolean = () => true,
  max = MAX_UNZIPPED_BYTES,
): ZipResult {
  const all = centralDirectory(z);
  if (!all) return { ok: false, reason: 'unreadable' };
  const picked = all.filter((e) => wanted(e.name) && !e.name.endsWith('/'));
  const declared = picked.reduce((sum, e) => sum + e.size, 0);
  if (declared > max) return { ok: false, reason: 'too-large', bytes: declared };
  const v = new DataView(z.buffer, z.byteOffset, z.byteLength);
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  try {
    for (const e of picked) {
      if (e.offset + 30 > z.length || v.getUint32(e.offset, true) !== 0x04034b50)
        return { ok: false, reason: 'unreadable' };
      const start = e.offset + 30 + v.getUint16(e.offset + 26, true) + v.getUint16(e.offset + 28, true);
      const data = z.subarray(start, start + e.compressed);
      const budget = Math.min(e.size, max - total);
      const bytes = e.method === 0 ? data.slice() : e.method === 8 ? inflateBounded(data, budget) : undefined;
      if (bytes === undefined || bytes.length > budget)
        return e.method === 0 || e.method === 8
          ? { ok: false, reason: 'too-large', bytes: total + (bytes?.length ?? budget + 1) }
          : { ok: false, reason: 'unreadable' };
      total += bytes.length;
      entries.set(e.name, bytes);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return { ok: true, entries };
}

/**
 * The checked entries packed again without compression, for the readers that unzip by themselves (the .xlsx and
 * .docx libraries): what they read is then exactly what was counted here.
 */
export const storedZip = (entries: ReadonlyMap<string, Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(entries), { level: 0 });
