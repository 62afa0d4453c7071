import { describe, expect, it } from 'vitest';
import { descendants } from '../src/domain/graph-model';
import { bandsFixture } from './helpers/export-fixtures';
import { fitText } from '../src/export/bands';
import { parseUnicodeRange, rangeCovers } from '../src/export/fonts';
import { scopeGraph } from '../src/export/scope-graph';
import { shapePath } from '../src/export/shape-paths';
import { wrapLabel } from '../src/export/wrap-label';
import { visibleGraph } from '../src/view/visible-graph';
import { expandedAfter } from '../src/view/view-ops';
import { taiguModel } from './helpers/load';

const none = { hiddenKinds: [], hiddenRelations: [] };

describe('export scopes', () => {
  const model = taiguModel();
  const ops = [{ op: 'expand' as const, id: 'goal-agri-hi-tech-zone' }];

  it('view and visible are what the canvas shows', () => {
    const shown = visibleGraph(model, expandedAfter(model, ops), none);
    for (const scope of ['view', 'visible'] as const) {
      const g = scopeGraph(model, ops, none, scope);
      expect(g.nodes).toEqual(shown.nodes);
      expect(g.ops).toEqual(ops);
    }
  });

  it('all is every node, laid out after the reader’s own steps', () => {
    const g = scopeGraph(model, ops, none, 'all');
    expect(g.nodes).toHaveLength(model.nodes.size);
    expect(g.ops).toEqual([...ops, { op: 'all' }]);
    expect(g.hidden.size).toBe(0);
  });

  it('branch is the node and all its descendants, nothing else', () => {
    const id = 'goal-agri-hi-tech-zone';
    const g = scopeGraph(model, [], none, 'branch', id);
    expect(new Set(g.nodes)).toEqual(new Set([id, ...descendants(model, id)]));
    for (const e of g.edges) expect(g.nodes).toContain(e.source);
    expect(scopeGraph(model, [], none, 'branch', 'no-such-node').nodes).toEqual([]);
    expect(scopeGraph(model, [], none, 'branch').nodes).toEqual([]);
  });

  it('filters apply to every scope', () => {
    const filters = { hiddenKinds: ['measure' as const], hiddenRelations: ['supports' as const] };
    const g = scopeGraph(model, [], filters, 'all');
    expect(g.nodes.some((id) => model.nodes.get(id)!.kind === 'measure')).toBe(false);
    expect(g.edges.some((e) => e.relation === 'supports')).toBe(false);
  });

  it('counts hidden children for the "+N" badges of the visible graph', () => {
    const g = scopeGraph(model, [], none, 'visible');
    const withHidden = [...g.hidden.entries()];
    expect(withHidden.length).toBeGreaterThan(0);
    for (const [id, n] of withHidden) expect(n).toBe(model.children.get(id)!.length);
  });
});

describe('export text helpers', () => {
  const width = (s: string) => [...s].length * 10;

  it('wraps Chinese anywhere and English at spaces', () => {
    expect(wrapLabel('一二三四五六七', 30, width, 'anywhere')).toEqual(['一二三', '四五六', '七']);
    expect(wrapLabel('Build a first-class platform', 120, width, 'whitespace')).toEqual([
      'Build a',
      'first-class',
      'platform',
    ]);
    expect(wrapLabel('short', 100, width, 'whitespace')).toEqual(['short']);
  });

  it('cuts long footer lines with an ellipsis', () => {
    expect(fitText('abcdefghij', 60, width)).toBe('abcde…');
    expect(fitText('abc', 60, width)).toBe('abc');
  });

  it('reads unicode-range lists', () => {
    const r = parseUnicodeRange('U+4e00-4e0f, U+20, u+3??');
    expect(r).toEqual([
      [0x4e00, 0x4e0f],
      [0x20, 0x20],
      [0x300, 0x3ff],
    ]);
    expect(rangeCovers(r, [0x4e05])).toBe(true);
    expect(rangeCovers(r, [0x4e10])).toBe(false);
  });

  it('draws every node shape as closed path data', () => {
    for (const shape of [
      'ellipse',
      'round-rectangle',
      'barrel',
      'star',
      'hexagon',
      'triangle',
      'tag',
      'rhomboid',
    ]) {
      const d = shapePath(shape, 50, 50, 20, 20);
      expect(d).toMatch(/^M[\d.]+ [\d.]+/);
      expect(d.endsWith('Z')).toBe(true);
      const nums = d.match(/-?[\d.]+/g)!.map(Number);
      expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...nums)).toBeLessThanOrEqual(60);
    }
    expect(bandsFixture().legend.length).toBeGreaterThan(0);
  });
});
