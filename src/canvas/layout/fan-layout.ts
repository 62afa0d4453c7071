import type { GraphModel } from '../../domain/graph-model';
import type { Point, Positions } from '../../view/positions';

/** Width and height of a node's layout box (shape and label), as the layout sees it. */
export type BoxSize = (id: string) => { w: number; h: number };

const GAP = 18;
/** Children closer than this to their parent read as one blob. */
const MIN_RADIUS = 150;
/** One ring of children is kept to about this radius; more children go onto further rings. */
const RING_RADIUS = 220;
const PUSH = 24;
/** Nodes nearer than this to a parent decide which way its children fan out. */
const NEIGHBOURHOOD = 600;
const MAX_PUSHES = 80;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) * 2 < a.w + b.w + GAP && Math.abs(a.y - b.y) * 2 < a.h + b.h + GAP;

/**
 * Places the nodes one expand reveals, in milliseconds and without moving anything already shown: each
 * parent's new children fan out on rings facing away from the parent's own parent (children of children fan
 * away from them in turn), and a child that would cover a node is pushed outward along its ray until it does
 * not. A force layout of a handful of new nodes costs 50–300 ms whatever their number, since it iterates over
 * the whole shown graph; this is what keeps an expand under a frame budget. A pure function of its input, so
 * positions stay a pure function of the view log.
 *
 * `added` must be parent-first (as `shownNodes` returns it); `placed` holds every node already shown.
 */
export function fanLayout(
  model: GraphModel,
  added: readonly string[],
  placed: ReadonlyMap<string, Point>,
  size: BoxSize,
): Positions {
  const at = new Map(placed);
  const boxes: Box[] = [...placed].map(([id, p]) => ({ ...p, ...size(id) }));
  const out: Positions = new Map();
  const revealed = new Set(added);
  const familyOf = (id: string) => {
    const parent = model.parent.get(id);
    return parent !== undefined && (at.has(parent) || revealed.has(parent)) ? parent : undefined;
  };
  const families = new Map<string | undefined, string[]>();
  for (const id of added) {
    const key = familyOf(id);
    const family = families.get(key);
    if (family) family.push(id);
    else families.set(key, [id]);
  }
  // Parent-first order means every parent is placed before its children are fanned around it.
  for (const [parent, family] of families) {
    const origin = parent !== undefined ? at.get(parent)! : centreOf(at);
    const away = awayAngle(model, parent, at);
    fan(family, origin, away, size).forEach((p, i) => {
      const id = family[i]!;
      const q = clear(id, p, origin, boxes, size);
      at.set(id, q);
      out.set(id, q);
      boxes.push({ ...q, ...size(id) });
    });
  }
  return out;
}

/**
 * Where the parent has room: away from the crowd of shown nodes near it (weighted by closeness), or away from
 * the grandparent when nothing is near. New branches grow into free space, not back across the graph.
 */
function awayAngle(model: GraphModel, parent: string | undefined, at: ReadonlyMap<string, Point>): number {
  const p = parent !== undefined ? at.get(parent) : undefined;
  if (!p) return -Math.PI / 2;
  let x = 0;
  let y = 0;
  for (const [id, q] of at) {
    const d = Math.hypot(q.x - p.x, q.y - p.y);
    if (id === parent || d > NEIGHBOURHOOD || d === 0) continue;
    const w = (NEIGHBOURHOOD - d) / (NEIGHBOURHOOD * d);
    x += (p.x - q.x) * w;
    y += (p.y - q.y) * w;
  }
  if (Math.hypot(x, y) > 1e-6) return Math.atan2(y, x);
  const g = at.get(model.parent.get(parent!) ?? '');
  return g && (g.x !== p.x || g.y !== p.y) ? Math.atan2(p.y - g.y, p.x - g.x) : -Math.PI / 2;
}

function centreOf(at: ReadonlyMap<string, Point>, except?: string): Point {
  let x = 0;
  let y = 0;
  let n = 0;
  for (const [id, p] of at) {
    if (id === except) continue;
    x += p.x;
    y += p.y;
    n++;
  }
  return n ? { x: x / n, y: y / n } : { x: 0, y: 0 };
}

/**
 * Positions for `ids` around `origin`, evenly over an arc centred on the direction `away` (up to a half circle),
 * alternating between rings: neighbours sit on different rings, so the arc can be tighter than their widths.
 */
function fan(ids: readonly string[], origin: Point, away: number, size: BoxSize): Point[] {
  const slot = Math.max(...ids.map((id) => size(id).w)) + GAP;
  const depth = Math.max(...ids.map((id) => size(id).h)) + GAP;
  const k = ids.length;
  const spread = Math.min(0.8 * Math.PI, 0.45 * k);
  // Same-ring neighbours are `rings` steps apart on the arc and need `slot` between them.
  const arc = (slot * (k - 1)) / spread;
  const rings = Math.min(k, Math.max(1, Math.ceil(arc / RING_RADIUS)));
  const base = Math.max(MIN_RADIUS, arc / rings);
  return ids.map((_, i) => {
    const angle = away + (k > 1 ? (i / (k - 1) - 0.5) * spread : 0);
    const r = base + (i % rings) * depth;
    return { x: origin.x + r * Math.cos(angle), y: origin.y + r * Math.sin(angle) };
  });
}

/**
 * The free spot nearest to where the fan put the child: ring by ring outward from the parent, each ring tried
 * from the wanted direction turning either way (all round if need be), so a child settles in the closest gap
 * beside its parent instead of being pushed far out along its ray.
 */
function clear(id: string, p: Point, origin: Point, boxes: readonly Box[], size: BoxSize): Point {
  const { w, h } = size(id);
  const d = Math.hypot(p.x - origin.x, p.y - origin.y) || 1;
  const angle = Math.atan2(p.y - origin.y, p.x - origin.x);
  const reach = d + MAX_PUSHES * PUSH + Math.max(w, h);
  const near = boxes.filter((b) => Math.hypot(b.x - origin.x, b.y - origin.y) < reach + Math.max(b.w, b.h));
  for (let i = 0; i <= MAX_PUSHES; i++) {
    const r = d + PUSH * i;
    // Turns a PUSH apart near the wanted direction, never finer than a 32nd of the circle further round.
    const step = Math.max(PUSH / r, Math.PI / 16);
    for (let k = 0; k * step <= Math.PI; k++)
      for (const turn of k ? [k * step, -k * step] : [0]) {
        const q = {
          x: origin.x + r * Math.cos(angle + turn),
          y: origin.y + r * Math.sin(angle + turn),
          w,
          h,
        };
        if (!near.some((b) => overlaps(q, b))) return { x: q.x, y: q.y };
      }
  }
  return p;
}
