import { describe, expect, it } from 'vitest';
import { LayoutEngine, type Positions } from '../src/canvas/layout/layout-engine';
import type { ViewOp } from '../src/view/view-ops';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const maxShift = (a: Positions, b: Positions) => {
  let max = 0;
  for (const [id, p] of a) {
    const q = b.get(id);
    if (q) max = Math.max(max, Math.hypot(p.x - q.x, p.y - q.y));
  }
  return max;
};

describe('layout engine (headless cytoscape + fcose)', { timeout: 30_000 }, () => {
  const ops: ViewOp[] = [
    { op: 'expand', id: 'goal-agri-hi-tech-zone' },
    { op: 'expand', id: 'principle-culture' },
    { op: 'expand', id: 'context-background' },
  ];

  it('holds every shown node still when something expands', () => {
    const engine = new LayoutEngine(model);
    let prev = engine.positionsFor([]);
    for (let i = 1; i <= ops.length; i++) {
      const next = engine.positionsFor(ops.slice(0, i));
      expect(next.size).toBeGreaterThan(prev.size);
      expect(maxShift(prev, next)).toBeLessThan(1);
      prev = next;
    }
    engine.destroy();
  });

  it('places new children near their parent', () => {
    const engine = new LayoutEngine(model);
    const p = engine.positionsFor(ops.slice(0, 1));
    const parent = p.get('goal-agri-hi-tech-zone')!;
    for (const c of model.children.get('goal-agri-hi-tech-zone')!) {
      const q = p.get(c)!;
      expect(Math.hypot(q.x - parent.x, q.y - parent.y)).toBeLessThan(400);
    }
    engine.destroy();
  });

  it('gives the same picture when the same steps are replayed', () => {
    const a = new LayoutEngine(model).positionsFor(ops);
    const b = new LayoutEngine(model).positionsFor(ops);
    expect(maxShift(a, b)).toBe(0);
  });

  it('collapsing never moves the rest', () => {
    const engine = new LayoutEngine(model);
    const open = engine.positionsFor(ops);
    const closed = engine.positionsFor([...ops, { op: 'collapse', id: 'principle-culture' }]);
    expect(closed.size).toBeLessThan(open.size);
    expect(maxShift(closed, open)).toBe(0);
    engine.destroy();
  });
});
