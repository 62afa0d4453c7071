import { describe, expect, it } from 'vitest';
import { fanLayout } from '../src/canvas/layout/fan-layout';
import { LayoutEngine, SMALL_STEP, type Positions } from '../src/canvas/layout/layout-engine';
import { layoutBox } from '../src/canvas/node-metrics';
import { expandedAfter, shownNodes, type ViewOp } from '../src/view/view-ops';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const size = (id: string) => {
  const b = layoutBox(model.nodes.get(id)!, model.level.get(id)!);
  return { w: b.width + 16, h: b.height + 8 };
};
/** Pairs of nodes whose layout boxes cover each other, at least one of them from `among`. */
function overlapping(p: Positions, among: ReadonlySet<string>): [string, string][] {
  const ids = [...p.keys()];
  const out: [string, string][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      if (!among.has(a) && !among.has(b)) continue;
      const [pa, pb] = [p.get(a)!, p.get(b)!];
      const [sa, sb] = [size(a), size(b)];
      if (Math.abs(pa.x - pb.x) * 2 < sa.w + sb.w && Math.abs(pa.y - pb.y) * 2 < sa.h + sb.h)
        out.push([a, b]);
    }
  return out;
}

describe('fan layout of a small expand', () => {
  // Branches of every depth, opened one after another as a reader would.
  const ops: ViewOp[] = [];
  for (const id of model.order) {
    const expanded = expandedAfter(model, ops);
    const n = model.children.get(id)?.length ?? 0;
    if (
      ops.length < 14 &&
      n >= 2 &&
      n <= SMALL_STEP &&
      !expanded.has(id) &&
      shownNodes(model, expanded).includes(id)
    )
      ops.push({ op: 'expand', id });
  }
  const parents = ops.map((op) => (op as { id: string }).id);

  it('puts no new node on top of another, step after step', () => {
    const engine = new LayoutEngine(model);
    let prev = engine.positionsFor([]);
    for (let i = 1; i <= ops.length; i++) {
      const next = engine.positionsFor(ops.slice(0, i));
      const added = new Set([...next.keys()].filter((id) => !prev.has(id)));
      expect(added.size, `step ${i}`).toBeGreaterThan(0);
      expect(overlapping(next, added), `step ${i}`).toEqual([]);
      prev = next;
    }
    engine.destroy();
  });

  it('fans children out beyond their parent, away from the grandparent', () => {
    const grand = { x: 0, y: 0 };
    const parentId = parents.find((id) => model.parent.get(id) !== undefined)!;
    const placed = new Map([
      [model.parent.get(parentId)!, grand],
      [parentId, { x: 400, y: 0 }],
    ]);
    const kids = model.children.get(parentId)!;
    const p = fanLayout(model, kids, placed, size);
    expect([...p.keys()]).toEqual(kids);
    for (const id of kids) {
      const q = p.get(id)!;
      expect(q.x, id).toBeGreaterThan(400 - 1);
      expect(Math.hypot(q.x - 400, q.y), id).toBeLessThan(900);
    }
  });

  it('is a pure function of the view log', () => {
    const shown = shownNodes(model, expandedAfter(model, ops));
    const a = new LayoutEngine(model).positionsFor(ops);
    const b = new LayoutEngine(model).positionsFor(ops);
    expect([...a.keys()].sort()).toEqual([...shown].sort());
    expect([...a]).toEqual([...b]);
  });
});
