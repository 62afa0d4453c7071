/**
 * The link preview image (public/og-image.png, 1200 × 630, the size Open Graph and X/Twitter cards ask for) and
 * how it is kept honest: the PNG carries a stamp of the start view it shows (the default graph and its start
 * layout), and `npm test` compares that stamp with the data and layout of today (tests/preview-image.test.ts).
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { loadGraphDir } from './graph-dir';
import { derivedFiles } from './derived-files';
import { START_LAYOUT_FILE } from '../../src/data/start-layout-file';

export const PREVIEW_FILE = 'og-image.png';
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
/** The PNG text chunk's keyword. */
export const STAMP_KEY = 'taigu:start-view';

/** A digest of what the start view shows: the default graph, and where its start layout puts every node. */
export function startViewStamp(root = 'graph-data'): string {
  const dir = loadGraphDir(root);
  const id = dir.index?.default;
  const graph = dir.graphs.find((g) => g.id === id);
  if (!graph)
    throw new Error(`the default graph (${id ?? 'none'}) could not be read: run npm run graph:check`);
  const layout = JSON.parse(derivedFiles(graph)[START_LAYOUT_FILE]!) as {
    positions: Record<string, [number, number]>;
  };
  const placed = Object.entries(layout.positions)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([node, [x, y]]) => `${node}@${Math.round(x)},${Math.round(y)}`);
  const labels = graph.graph.nodes.map((n) => `${n.id}=${n.label.zh}|${n.label.en}|${n.kind}`);
  return createHash('sha256')
    .update(JSON.stringify({ graph: id, title: graph.graph.meta.title, placed, labels }))
    .digest('hex')
    .slice(0, 32);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The PNG with a tEXt chunk `key`=`value` added just before its end. */
export function withPngText(png: Buffer, key: string, value: string): Buffer {
  const end = png.length - 12; // IEND: length (0), type, CRC
  if (png.toString('latin1', end + 4, end + 8) !== 'IEND') throw new Error('not a PNG ending in IEND');
  const text = chunk('tEXt', Buffer.from(`${key}\0${value}`, 'latin1'));
  return Buffer.concat([png.subarray(0, end), text, png.subarray(end)]);
}

/** Width, height and the text chunks of a PNG. */
export function readPng(png: Buffer): { width: number; height: number; text: Record<string, string> } {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  const text: Record<string, string> = {};
  let at = 8;
  while (at + 8 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'tEXt') {
      const data = png.toString('latin1', at + 8, at + 8 + length);
      const nul = data.indexOf('\0');
      text[data.slice(0, nul)] = data.slice(nul + 1);
    }
    at += 12 + length;
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), text };
}
