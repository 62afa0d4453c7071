// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGraphDir } from '../scripts/lib/graph-dir';
import { preloadPaths, shippedDigests, shippedFiles } from '../scripts/lib/shipped-data';
import { isShippedAsBuilt, resetShippedDigests, SHIPPED_DATA_META } from '../src/data/shipped-data';
import { readGraphText } from '../src/domain/read-graph';

const dir = loadGraphDir('graph-data');
const files = shippedFiles(dir);
const digests = shippedDigests(files);

function putMeta(content: string) {
  const meta = document.createElement('meta');
  meta.name = SHIPPED_DATA_META;
  meta.content = content;
  document.head.append(meta);
  resetShippedDigests();
}

describe('shipped data known by digest', () => {
  afterEach(() => {
    document.head.replaceChildren();
    resetShippedDigests();
  });

  it('lists every file the app validates, and the graphs as their validated form', () => {
    expect(Object.keys(digests)).toEqual(
      expect.arrayContaining([
        'index.json',
        'taigu-2021/graph.json',
        'taigu-2021/source.txt',
        'taigu-2021/tours.json',
      ]),
    );
    expect(Object.keys(digests).some((p) => p.endsWith('start-layout.json'))).toBe(false);
    const text = files.get('taigu-2021/graph.json')!;
    const validated = readGraphText(text, 'graph.json', files.get('taigu-2021/source.txt'));
    expect(validated.ok && JSON.stringify(validated.graph)).toBe(text);
    expect(digests['taigu-2021/graph.json']).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('accepts a fetched file that is byte for byte the built one, and nothing else', async () => {
    putMeta(JSON.stringify(digests));
    const text = files.get('taigu-2021/graph.json')!;
    expect(await isShippedAsBuilt('taigu-2021/graph.json', text)).toBe(true);
    expect(await isShippedAsBuilt('taigu-2021/graph.json', text.replace('"measure"', '"gizmo"'))).toBe(false);
    expect(await isShippedAsBuilt('taigu-2021/graph.json', text + ' ')).toBe(false);
    expect(await isShippedAsBuilt('qinghe/graph.json', text)).toBe(false);
  });

  it('validates everything when the page carries no digests or a damaged tag', async () => {
    const text = files.get('index.json')!;
    expect(await isShippedAsBuilt('index.json', text)).toBe(false);
    putMeta('{not json');
    expect(await isShippedAsBuilt('index.json', text)).toBe(false);
  });

  it('preloads the index and the default graph with its source, start layout and tours', () => {
    const def = dir.index!.graphs.find((g) => g.id === dir.index!.default)!;
    const paths = preloadPaths(dir);
    expect(paths[0]).toBe('index.json');
    expect(paths).toContain(def.path);
    for (const p of paths) expect(files.has(p), p).toBe(true);
  });
});
