import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { derivedFiles } from '../scripts/lib/derived-files';
import {
  buildSearchIndex,
  combinations,
  MAX_COMBINATIONS,
  readingsPerChar,
  searchName,
} from '../scripts/lib/search-index';
import { buildModel } from '../src/domain/graph-model';
import { readGraphText } from '../src/domain/read-graph';
import { loadSearchIndex } from '../src/search/load-search-index';
import { searchNodes } from '../src/search/rank';
import { basicSearchIndex, fitSearchIndex } from '../src/search/search-index';

const file = 'graph-data/taigu-2021/graph.json';
const result = readGraphText(readFileSync(file, 'utf8'), file);
if (!result.ok) throw new Error(`${file} is invalid`);
const graph = result.graph;
const model = buildModel(graph);
const built = buildSearchIndex(graph);

describe('pinyin computed when the data is built', () => {
  it('covers every reading of a polyphonic character, full and initials', () => {
    const name = searchName('乐华城');
    expect(name.full).toEqual(expect.arrayContaining(['lehuacheng', 'yuehuacheng']));
    expect(name.initials).toEqual(expect.arrayContaining(['lhc', 'yhc']));
    // The reading in context comes first.
    expect(searchName('行长').full[0]).toBe('hangzhang');
    expect(searchName('行长').full).toContain('xingchang');
  });

  it('drops quotes and punctuation, keeps digits and Latin letters', () => {
    const name = searchName('“谷城院”一体化');
    expect(name.full[0]).toBe('guchengyuanyitihua');
    expect(name.initials[0]).toBe('gcyyth');
    expect(searchName('10万吨肉牛全产业链').initials[0]).toBe('10wdrnqcyl');
    expect(searchName('「5G」基站，Ａ区').full[0]).toBe('5gjizhanaqu');
    expect(readingsPerChar('《》、。！')).toEqual([]);
  });

  it('writes ü as v, and also as u', () => {
    expect(searchName('绿色').full).toEqual(expect.arrayContaining(['lvse', 'luse']));
  });

  it('caps the strings per name, covering each single alternative reading before combinations', () => {
    const long = searchName('行长乐华行长乐华行长乐华行长乐华行长乐华');
    expect(long.full.length).toBe(MAX_COMBINATIONS);
    expect(long.initials.length).toBeLessThanOrEqual(MAX_COMBINATIONS);
    expect(new Set(long.full).size).toBe(long.full.length);
    const choices = [['a', 'b'], ['c'], ['d', 'e', 'f']];
    expect(combinations(choices, 100)).toEqual(['acd', 'bcd', 'ace', 'acf', 'bce', 'bcf']);
    expect(combinations(choices, 4)).toEqual(['acd', 'bcd', 'ace', 'acf']);
    expect(combinations([], 4)).toEqual([]);
  });

  it('gives every node of the Taigu graph its label and aliases, with pinyin for each', () => {
    expect(built.entries.map((e) => e.id)).toEqual(model.order);
    for (const e of built.entries) {
      const node = model.nodes.get(e.id)!;
      expect(e.names[0]!.text).toBe(node.label.zh);
      expect(e.en).toBe(node.label.en);
      for (const n of e.names) {
        expect(n.full.length, n.text).toBeGreaterThan(0);
        expect(n.full.length).toBeLessThanOrEqual(MAX_COMBINATIONS);
        expect(n.initials.length).toBeLessThanOrEqual(MAX_COMBINATIONS);
        for (const s of [...n.full, ...n.initials]) expect(s, n.text).toMatch(/^[\p{L}\p{N}]+$/u);
      }
    }
  });

  it('is what the data build serves and emits as search-index.json', () => {
    const files = derivedFiles({ id: 'taigu-2021', dir: 'graph-data/taigu-2021', graph, sourceText: '' });
    const json = JSON.parse(files['search-index.json']!) as unknown;
    expect(json).toEqual(built);
    expect(fitSearchIndex(json, model)).toEqual(built);
  });
});

describe('fitting a fetched index to the graph', () => {
  it('refuses something that is not a search index', () => {
    for (const v of [null, 3, 'x', [], {}, { version: 2, entries: [] }, { version: 1, entries: {} }])
      expect(fitSearchIndex(v, model)).toBeUndefined();
  });

  it('keeps the model order, drops unknown ids, and replaces malformed or stale entries with basic ones', () => {
    const basic = basicSearchIndex(model);
    const [first, second, ...rest] = built.entries;
    const stale = { ...first!, en: 'An old English label' };
    const broken = { ...second!, names: [{ text: second!.names[0]!.text, full: 'x', initials: [] }] };
    const stranger = { id: 'not-in-this-graph', names: [{ text: '陌生', full: [], initials: [] }], en: 'x' };
    const fitted = fitSearchIndex(
      { version: 1, entries: [...rest.reverse(), stranger, broken, stale] },
      model,
    )!;
    expect(fitted.entries.map((e) => e.id)).toEqual(model.order);
    expect(fitted.entries[0]).toEqual(basic.entries[0]);
    expect(fitted.entries[1]).toEqual(basic.entries[1]);
    expect(fitted.entries.slice(2)).toEqual(built.entries.slice(2));
  });
});

describe('loading the index in the browser', () => {
  afterEach(() => vi.unstubAllGlobals());
  const respond = (body: string, status = 200) =>
    vi.fn(() => Promise.resolve(new Response(body, { status })));

  it('fetches graph-data/<graph-id>/search-index.json next to the app and uses it', async () => {
    const fetchMock = respond(JSON.stringify(built));
    vi.stubGlobal('fetch', fetchMock);
    const index = await loadSearchIndex('taigu-2021', model);
    expect(fetchMock).toHaveBeenCalledWith(
      `${import.meta.env.BASE_URL}graph-data/taigu-2021/search-index.json`,
    );
    expect(searchNodes(index, 'yhc')[0]?.id).toBe('project-lehua-city');
  });

  it('falls back to the basic index (no pinyin) when the file is missing, broken or unreachable', async () => {
    const cases = [
      respond('not found', 404),
      respond('{ not json'),
      respond(JSON.stringify({ version: 99 })),
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    ];
    for (const fetchMock of cases) {
      vi.stubGlobal('fetch', fetchMock);
      const index = await loadSearchIndex('taigu-2021', model);
      expect(index).toEqual(basicSearchIndex(model));
      expect(searchNodes(index, '乐华城')[0]?.id).toBe('project-lehua-city');
      expect(searchNodes(index, 'yhc')).toEqual([]);
    }
  });
});

describe('no pinyin library ships to the browser', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  const IMPORTS_PINYIN = /(?:from|import|require)\s*\(?\s*['"`]pinyin-pro(?:\/[^'"`]*)?['"`]/;
  const IMPORTS_SCRIPTS = /(?:from|import|require)\s*\(?\s*['"`](?:\.\.\/)+scripts\//;

  it('no file under src/ imports pinyin-pro, or the build scripts that do', () => {
    const code = files('src').filter((f) => /\.(?:[cm]?[jt]sx?)$/.test(f));
    expect(code).toContain(join('src', 'search', 'rank.ts'));
    expect(code).toContain(join('src', 'search', 'SearchBox.tsx'));
    const offenders = code.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return IMPORTS_PINYIN.test(text) || IMPORTS_SCRIPTS.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('the check recognises such imports', () => {
    expect(IMPORTS_PINYIN.test("import { pinyin } from 'pinyin-pro';")).toBe(true);
    expect(IMPORTS_PINYIN.test('const p = await import("pinyin-pro");')).toBe(true);
    expect(IMPORTS_SCRIPTS.test("import { buildSearchIndex } from '../../scripts/lib/search-index';")).toBe(
      true,
    );
  });
});
