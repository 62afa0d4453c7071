import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/domain/graph-model';
import type { GraphFile } from '../src/domain/schema';
import { forestSource, shownForest } from '../src/canvas/layout/shown-forest';
import { tidyPositions } from '../src/canvas/layout/tidy-layout';
import { PORTRAIT_INDENT, portraitBox } from '../src/canvas/portrait-metrics';
import { arrangementOf } from '../src/view/arrangement';
import { applyOp, startExpanded } from '../src/view/view-ops';

const model = buildModel(JSON.parse(readFileSync('graph-data/taigu-2021/graph.json', 'utf8')) as GraphFile);

describe('which arrangement a screen gets', () => {
  it('an upright phone draws radial and tree as the portrait tree; network, other screens and the kiosk keep theirs', () => {
    expect(arrangementOf('radial', { portrait: true, kiosk: false })).toBe('portrait');
    expect(arrangementOf('tree', { portrait: true, kiosk: false })).toBe('portrait');
    expect(arrangementOf('network', { portrait: true, kiosk: false })).toBe('network');
    expect(arrangementOf('radial', { portrait: false, kiosk: false })).toBe('radial');
    expect(arrangementOf('tree', { portrait: true, kiosk: true })).toBe('tree');
  });
});

describe('the portrait tree', () => {
  const source = forestSource(model, 'screen');
  for (const [name, expanded] of [
    ['the start view', startExpanded(model)],
    ['a goal open', applyOp(model, startExpanded(model), { op: 'expand', id: 'goal-agri-hi-tech-zone' })],
  ] as const)
    it(`lays out ${name} one node a row, top-down, each child one indent right of its parent`, () => {
      const at = tidyPositions('portrait', source, expanded);
      const forest = shownForest(source, expanded);
      expect(at.get(model.roots[0]!)).toEqual({ x: 0, y: 0 });
      let bottom = -Infinity;
      forest.ids.forEach((id, i) => {
        const p = at.get(id)!;
        const box = portraitBox(model.nodes.get(id)!, model.level.get(id)!);
        // Rows follow the outline's order and never overlap.
        expect(p.y - box.height / 2).toBeGreaterThanOrEqual(bottom);
        bottom = p.y + box.height / 2;
        const parent = forest.parent[i]!;
        if (parent >= 0) {
          const q = at.get(forest.ids[parent]!)!;
          expect(p.x - q.x).toBe(PORTRAIT_INDENT);
          expect(p.y).toBeGreaterThan(q.y);
        }
      });
    });
});
