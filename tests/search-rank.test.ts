import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSearchIndex } from '../scripts/lib/search-index';
import { readGraphText } from '../src/domain/read-graph';
import { MATCH_TIERS, searchNodes } from '../src/search/rank';
import { basicSearchIndex, SEARCH_INDEX_VERSION, type SearchIndex } from '../src/search/search-index';
import { compact, compactLatin } from '../src/search/normalize';
import { buildModel } from '../src/domain/graph-model';

const file = 'graph-data/taigu-2021/graph.json';
const result = readGraphText(readFileSync(file, 'utf8'), file);
if (!result.ok) throw new Error(`${file} is invalid`);
const graph = result.graph;
const index = buildSearchIndex(graph);
const idOf = (zh: string) => graph.nodes.find((n) => n.label.zh === zh)!.id;
const ids = (query: string, limit?: number) => searchNodes(index, query, limit).map((h) => h.id);

const GUCHENGYUAN = idOf('“谷城院”一体化');
const LEHUACHENG = idOf('乐华城');

describe('search on the Taigu graph', () => {
  it('finds 谷城院 first by its pinyin initials gcy, and says the alias matched', () => {
    const [first] = searchNodes(index, 'gcy');
    expect(first).toEqual({ id: GUCHENGYUAN, tier: 'initials-exact', field: 'alias', text: '谷城院' });
  });

  it('finds 乐华城 by the initials of every reading of 乐: lhc and yhc', () => {
    expect(ids('lhc')[0]).toBe(LEHUACHENG);
    expect(ids('yhc')[0]).toBe(LEHUACHENG);
  });

  it('finds by full pinyin, every reading: guchengyuan, lehuacheng, yuehuacheng', () => {
    expect(ids('guchengyuan')[0]).toBe(GUCHENGYUAN);
    expect(ids('lehuacheng')[0]).toBe(LEHUACHENG);
    expect(ids('yuehuacheng')[0]).toBe(LEHUACHENG);
    expect(searchNodes(index, 'yuehuacheng')[0]!.tier).toBe('pinyin-prefix');
  });

  it('finds a pinyin prefix typed with spaces, upper case or full-width letters', () => {
    expect(ids('Le Hua')[0]).toBe(LEHUACHENG);
    expect(ids('ＧＣＹ')[0]).toBe(GUCHENGYUAN);
    expect(ids("yue'hua")[0]).toBe(LEHUACHENG);
  });

  it('finds 晋中国家农高区 first by its alias 农高区, above labels that only contain 农高区', () => {
    const hits = searchNodes(index, '农高区');
    expect(hits[0]).toMatchObject({ id: 'jinzhong-agri-hi-tech-zone', tier: 'exact', field: 'alias' });
    expect(hits.map((h) => h.id)).toContain('goal-agri-hi-tech-zone');
  });

  it('finds by English: cattle → the beef cattle chain, Guangyuyuan → 广誉远', () => {
    expect(searchNodes(index, 'cattle')[0]).toMatchObject({
      id: 'project-beef-cattle-chain',
      tier: 'en-word-prefix',
      field: 'en',
    });
    expect(ids('beef cattle')[0]).toBe('project-beef-cattle-chain');
    expect(ids('Guangyuyuan')[0]).toBe('enterprise-guangyuyuan');
  });

  it('ranks an exact Chinese label above labels that contain it', () => {
    const hits = searchNodes(index, '乐华城');
    expect(hits[0]).toMatchObject({ id: LEHUACHENG, tier: 'exact', field: 'label' });
    const kejiChuangxin = searchNodes(index, '科技创新');
    expect(kejiChuangxin[0]).toMatchObject({ tier: 'exact' });
    expect(kejiChuangxin.slice(1).every((h) => h.tier !== 'exact')).toBe(true);
    expect(kejiChuangxin.length).toBeGreaterThan(1);
  });

  it('orders results by tier, and within a tier by the shorter name, then the graph order', () => {
    const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
    for (const q of ['太谷', 'tg', 'cy', 'innov', '农业']) {
      const hits = searchNodes(index, q, 100);
      expect(hits.length, q).toBeGreaterThan(1);
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1]!, hits[i]!];
        const [ta, tb] = [MATCH_TIERS.indexOf(a.tier), MATCH_TIERS.indexOf(b.tier)];
        expect(ta, q).toBeLessThanOrEqual(tb);
        if (ta !== tb) continue;
        const size = (h: typeof a) => (h.field === 'en' ? compactLatin(h.text) : compact(h.text)).length;
        expect(size(a), q).toBeLessThanOrEqual(size(b));
        if (size(a) === size(b)) expect(order.get(a.id)!, q).toBeLessThan(order.get(b.id)!);
      }
    }
  });

  it('returns at most `limit` results', () => {
    expect(ids('a', 5)).toHaveLength(5);
    expect(ids('a').length).toBeLessThanOrEqual(20);
  });

  it('returns nothing for an empty query, punctuation only, or garbage, without throwing', () => {
    for (const q of [
      '',
      '   ',
      '“”',
      '!!!',
      '\u0000',
      'qqqqzzzz',
      '😀',
      '(*',
      '[',
      '\\',
      '$^',
      'x'.repeat(5000),
    ])
      expect(searchNodes(index, q), JSON.stringify(q.slice(0, 10))).toEqual([]);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (q) => {
        const hits = searchNodes(index, q);
        expect(hits.length).toBeLessThanOrEqual(20);
      }),
    );
  });
});

describe('the basic index (a graph with no built index)', () => {
  const basic = basicSearchIndex(buildModel(graph));

  it('finds Chinese labels, aliases and English, but not pinyin', () => {
    expect(searchNodes(basic, '乐华城')[0]!.id).toBe(LEHUACHENG);
    expect(searchNodes(basic, '谷城院')[0]!.id).toBe(GUCHENGYUAN);
    expect(searchNodes(basic, 'Lehua')[0]!.id).toBe(LEHUACHENG);
    expect(searchNodes(basic, 'yhc')).toEqual([]);
  });

  it('searches an index with no entries', () => {
    const empty: SearchIndex = { version: SEARCH_INDEX_VERSION, entries: [] };
    expect(searchNodes(empty, 'gcy')).toEqual([]);
  });
});
