import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forestSource } from '../src/canvas/layout/shown-forest';
import { layoutQuality } from '../src/canvas/layout/layout-quality';
import { tidyPositions } from '../src/canvas/layout/tidy-layout';
import { buildModel } from '../src/domain/graph-model';
import type { GraphFile } from '../src/domain/schema';
import { documentKeys, siblingOrder } from '../src/view/sibling-order';
import { expandedAfter } from '../src/view/view-ops';
import { taiguModel } from './helpers/load';

const taigu = taiguModel();
const text = readFileSync('graph-data/taigu-2021/source.txt', 'utf8');

/** A plan R with children Y (paragraph 1), A and B (the same passage of paragraph 2) and Z (paragraph 3). */
function tiedPlan(links: [string, string][]) {
  const node = (id: string, quote: string, paragraph: number) => ({
    id,
    kind: 'measure' as const,
    label: { zh: id, en: id },
    summary: { zh: id, en: id },
    evidence: { quote, paragraph },
  });
  const graph = {
    formatVersion: 1,
    meta: {
      title: { zh: 't', en: 't' },
      source: {
        title: 't',
        author: 'a',
        publication: 'p',
        year: 2021,
        language: 'zh-CN',
        file: 'source.txt',
      },
      roots: ['r'],
    },
    nodes: [
      node('r', '计划', 1),
      node('a', '共同', 2),
      node('b', '共同', 2),
      node('y', '甲', 1),
      node('z', '乙', 3),
    ],
    edges: [
      ...['y', 'a', 'b', 'z'].map((id) => ({ source: id, target: 'r', relation: 'part-of' as const })),
      ...links.map(([source, target]) => ({ source, target, relation: 'supports' as const })),
    ],
  } as GraphFile;
  return { model: buildModel(graph), source: '计划甲\n\n共同\n\n乙\n' };
}

describe('sibling order', () => {
  it('puts the siblings of every Taigu family in the order their quotes stand in the article', () => {
    const keys = documentKeys(taigu, text);
    const rank = new Map(siblingOrder(taigu, text).map((id, i) => [id, i]));
    for (const kids of taigu.children.values()) {
      const ordered = [...kids].sort((a, b) => rank.get(a)! - rank.get(b)!);
      for (let i = 1; i < ordered.length; i++) {
        const [p, q] = [keys.get(ordered[i - 1]!)!, keys.get(ordered[i]!)!];
        expect(p[0] < q[0] || (p[0] === q[0] && p[1] <= q[1]), `${ordered[i - 1]} before ${ordered[i]}`).toBe(
          true,
        );
      }
    }
    // Every quote is found in its paragraph.
    for (const [id, [, at]] of keys) expect(Number.isFinite(at), id).toBe(true);
  });

  it('lists every node once, parents before their children', () => {
    const order = siblingOrder(taigu, text);
    expect(new Set(order).size).toBe(taigu.nodes.size);
    const at = new Map(order.map((id, i) => [id, i]));
    for (const [child, parent] of taigu.parent) expect(at.get(parent)!).toBeLessThan(at.get(child)!);
  });

  it('without the source text, goes by paragraph, then by place in the file', () => {
    const { model } = tiedPlan([]);
    expect(siblingOrder(model)).toEqual(['r', 'y', 'a', 'b', 'z']);
  });

  it('orders siblings quoting the same passage so that supports edges cross less', () => {
    const { model, source } = tiedPlan([
      ['a', 'z'],
      ['b', 'y'],
    ]);
    const plain = siblingOrder(model, source, 0);
    const reduced = siblingOrder(model, source);
    expect(plain).toEqual(['r', 'y', 'a', 'b', 'z']);
    expect(reduced).toEqual(['r', 'y', 'b', 'a', 'z']);
    const all = expandedAfter(model, [{ op: 'all' }]);
    const crossings = (order: readonly string[]) =>
      layoutQuality(model, tidyPositions('radial', forestSource(model, 'screen', order), all)).edgeCrossings;
    expect(crossings(reduced)).toBeLessThan(crossings(plain));
  });

  it('never reorders siblings whose quotes stand at different places', () => {
    const { model, source } = tiedPlan([['y', 'z']]);
    expect(siblingOrder(model, source)).toEqual(['r', 'y', 'a', 'b', 'z']);
  });
});
