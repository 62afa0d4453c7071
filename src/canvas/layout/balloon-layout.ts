import type { GraphModel } from '../../domain/graph-model';
import { layoutBox } from '../node-metrics';
import type { Point, Positions } from './positions';

const GAP = 24;
/** Children of a non-root fan out over this angle, facing away from their grandparent. */
const SECTOR = Math.PI * 1.4;
/** Neighbours sit on a chord, shorter than the arc the spacing assumes; this makes up for it. */
const CHORD_SLACK = 1.15;

/**
 * A balloon tree of the shown part-of forest: each node's children sit on a circle around it, far enough out
 * that their whole subtrees (each inside its own disc) never touch. Linear in the number of nodes and
 * deterministic, so it places thousands of nodes at once where a force layout would take seconds; the
 * supports edges do not shape it.
 *
 * `shown` must be parent-first (as `shownNodes` returns it); `origin` is where the first root goes.
 */
export function balloonLayout(model: GraphModel, shown: readonly string[], origin: Point): Positions {
  const isShown = new Set(shown);
  const kids = (id: string) => (model.children.get(id) ?? []).filter((c) => isShown.has(c));
  const self = new Map<string, number>();
  const disc = new Map<string, number>();
  const ring = new Map<string, number>();

  // Bottom-up: children before parents, so walk the parent-first order backwards.
  for (let i = shown.length - 1; i >= 0; i--) {
    const id = shown[i]!;
    const box = layoutBox(model.nodes.get(id)!, model.roots.includes(id));
    const r0 = Math.hypot(box.width, box.height) / 2;
    self.set(id, r0);
    const children = kids(id);
    if (!children.length) {
      disc.set(id, r0);
      continue;
    }
    const sector = model.parent.has(id) ? SECTOR : Math.PI * 2;
    let arc = 0;
    let widest = 0;
    for (const c of children) {
      arc += 2 * disc.get(c)! + GAP;
      widest = Math.max(widest, disc.get(c)!);
    }
    const d = Math.max(r0 + widest + GAP, (arc * CHORD_SLACK) / sector);
    ring.set(id, d);
    disc.set(id, d + widest);
  }

  const out: Positions = new Map();
  const facing = new Map<string, number>();
  let x = origin.x;
  model.roots.forEach((root, i) => {
    if (!isShown.has(root)) return;
    if (i > 0) x += disc.get(root)! + GAP * 4;
    out.set(root, { x, y: origin.y });
    facing.set(root, -Math.PI / 2);
    x += disc.get(root)!;
  });

  // Top-down: each child gets a share of its parent's sector in proportion to its disc.
  for (const id of shown) {
    const children = kids(id);
    if (!children.length) continue;
    const at = out.get(id)!;
    const d = ring.get(id)!;
    const sector = model.parent.has(id) ? SECTOR : Math.PI * 2;
    const total = children.reduce((s, c) => s + 2 * disc.get(c)! + GAP, 0);
    let angle = facing.get(id)! - sector / 2;
    for (const c of children) {
      const share = ((2 * disc.get(c)! + GAP) / total) * sector;
      const a = angle + share / 2;
      out.set(c, { x: at.x + d * Math.cos(a), y: at.y + d * Math.sin(a) });
      facing.set(c, a);
      angle += share;
    }
  }
  return out;
}
