import { placeOnRing } from './ring-placement';

/**
 * Rings for one radial group, from the inside out. Every node is treated as the disc around its box (plus a
 * gap): two nodes whose centres are their disc radii apart cannot overlap, whatever their angle.
 *
 * Ring 1 (the root's children) share the circle in proportion to what each holds in the plan (`weight`), the
 * first straight above the root, then clockwise. Every further ring centres each family on its parent, its
 * members side by side, and `placeOnRing` moves them as little as it can to keep every pair of neighbours a
 * disc apart. A ring's radius is the smallest that:
 *   - keeps it clear of the ring inside it (the two rings' largest disc radii apart, plus `RING_GAP`);
 *   - fits its discs round the circle;
 *   - keeps every child within its parent's cone, at most `CONE` × arccos(R_parent / R_child) round from it,
 *     so that every part-of edge moves away from the centre along its whole length.
 * Edges then run ring to ring in the same order on both rings and never cross. Nothing here looks at rings
 * further out: a ring's radius and its nodes' angles depend only on the shown nodes of that ring and the rings
 * inside it (and on the plan, which does not change), so opening or closing a node's branch moves nothing on its
 * own ring or inside it.
 */
export const RING_GAP = 36;
/** Clear space kept around each box. */
export const DISC_GAP = 14;
/** Clear space between neighbours whose labels run along their rays: they widen apart outward anyway. */
export const RAY_GAP = 4;
/** Children stay a little inside their parent's cone: edges point clearly outward. */
export const CONE = 0.98;
/** Bisection steps per ring: the radius to well under a pixel. */
const STEPS = 30;

/** Angle a disc of diameter `d` needs on a ring of radius `r`. */
export const ownAngle = (d: number, r: number): number => 2 * Math.asin(Math.min(1, d / (2 * r)));

export interface RadialTree {
  /** Node indices per ring, in angular order; ring 0 is the group's root alone. */
  rings: number[][];
  parent: Int32Array;
  /**
   * Per node index, what the node needs round its ring (its disc's diameter, or a ray label's line height), and
   * how far it reaches towards the centre and away from it (half the disc, or the shape's and the label's run).
   */
  tangent: Float64Array;
  inward: Float64Array;
  outward: Float64Array;
  /**
   * Per node index, the size of a cornered shape beside a ray label (0 otherwise): drawn upright at any angle,
   * it needs its size over the larger of |cos|, |sin| of its angle between it and a neighbour round the ring.
   */
  corners: Float64Array;
  /** What each node holds in the plan (see `planHoldings`), per node index. */
  weight: Float64Array;
}

export interface Rings {
  radius: number[];
  /** Angle per node index (radians, clockwise from the positive x-axis, as y points down). */
  angle: Float64Array;
}

export function ringRadii({ rings, parent, tangent, inward, outward, corners, weight }: RadialTree): Rings {
  const angle = new Float64Array(tangent.length);
  const most = (of: Float64Array) => rings.map((ring) => ring.reduce((m, i) => Math.max(m, of[i]!), 0));
  const [reachIn, reachOut] = [most(inward), most(outward)];
  const radius = [0];
  for (let k = 1; k < rings.length; k++) {
    const ring = rings[k]!;
    const n = ring.length;
    const inner = radius[k - 1]!;
    const gap = new Float64Array(n);
    // What each member needs round the ring beside a cornered neighbour, and beside a round one (see `upright`).
    const need = [Float64Array.from(ring, (v) => tangent[v]!), Float64Array.from(ring, (v) => tangent[v]!)];
    const own = [new Float64Array(n), new Float64Array(n)];
    /**
     * Grows each cornered member's needs to what its upright shape needs at angle a(i), t being the direction
     * round the ring: beside another upright shape, its size over max(|t.x|, |t.y|) (the two meet on an axis);
     * beside a round one, its extent along t, size × (|t.x| + |t.y|). Returns whether any grew.
     */
    const upright = (a: (i: number) => number) => {
      let grew = false;
      for (let i = 0; i < n; i++) {
        const c = corners[ring[i]!]!;
        if (!c) continue;
        const [x, y] = [Math.abs(Math.cos(a(i))), Math.abs(Math.sin(a(i)))];
        for (const [side, u] of [c / Math.max(x, y), c * (x + y)].entries())
          // Half a pixel short is within the gap; growing by at least that much ends the passes.
          if (u + RAY_GAP > need[side]![i]! + 0.5) [need[side]![i], grew] = [u + RAY_GAP, true];
      }
      return grew;
    };
    if (k > 1) upright((i) => angle[parent[ring[i]!]!]!);
    /** Gaps between neighbours at radius r; false when they do not fit round the circle. */
    const gapsAt = (r: number) => {
      for (const side of [0, 1]) for (let i = 0; i < n; i++) own[side]![i] = ownAngle(need[side]![i]!, r);
      /** Half of what member i needs beside member j. */
      const half = (i: number, j: number) => own[corners[ring[j]!] ? 0 : 1]![i]! / 2;
      let total = 0;
      for (let i = 0; i < n; i++) total += gap[i] = half(i, (i + 1) % n) + half((i + 1) % n, i);
      return n === 1 || total <= 2 * Math.PI;
    };
    const place = (r: number): Float64Array | undefined => {
      if (!gapsAt(r)) return undefined;
      const at = placeOnRing(k === 1 ? shares(ring, weight) : families(ring, parent, angle, gap), gap);
      if (k === 1) return at;
      const cone = CONE * Math.acos(inner / r);
      for (let i = 0; i < n; i++) if (Math.abs(at[i]! - angle[parent[ring[i]!]!]!) > cone) return undefined;
      return at;
    };
    // The smallest radius the discs fit round at, then the smallest that keeps every child in its cone; again
    // while a shape's corners need more room at the angle it got.
    let r: number;
    let at: Float64Array;
    do {
      let lo = inner + reachOut[k - 1]! + reachIn[k]! + RING_GAP;
      if (!gapsAt(lo)) lo = smallest(lo, (r) => gapsAt(r));
      r = place(lo) ? lo : smallest(lo, (r) => place(r) !== undefined);
      at = place(r)!;
    } while (upright((i) => at[i]!));
    radius.push(r);
    ring.forEach((i, j) => (angle[i] = at[j]!));
  }
  return { radius, angle };
}

/** The smallest radius from `from` on for which `fits` holds (it holds for all larger ones), to `STEPS` bits. */
function smallest(from: number, fits: (r: number) => boolean): number {
  let [lo, hi] = [from, from * 2];
  for (let guard = 0; !fits(hi) && guard < 200; guard++) [lo, hi] = [hi, hi * 2];
  for (let step = 0; step < STEPS; step++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Ring 1's targets: sectors in proportion to weight, the first centred straight above the root. */
function shares(ring: readonly number[], weight: Float64Array): Float64Array {
  const total = ring.reduce((s, i) => s + weight[i]!, 0);
  const out = new Float64Array(ring.length);
  let at = -Math.PI / 2 - (Math.PI * weight[ring[0]!]!) / total;
  ring.forEach((i, j) => {
    out[j] = at + (Math.PI * weight[i]!) / total;
    at += (2 * Math.PI * weight[i]!) / total;
  });
  return out;
}

/** Further rings' targets: each family side by side at its gaps, centred on its parent. */
function families(
  ring: readonly number[],
  parent: Int32Array,
  angle: Float64Array,
  gap: Float64Array,
): Float64Array {
  const out = new Float64Array(ring.length);
  for (let i = 0; i < ring.length;) {
    const p = parent[ring[i]!]!;
    let j = i;
    let span = 0;
    while (j + 1 < ring.length && parent[ring[j + 1]!] === p) span += gap[j++]!;
    let at = angle[p]! - span / 2;
    for (let k = i; k <= j; k++) {
      out[k] = at;
      at += gap[k]!;
    }
    i = j + 1;
  }
  return out;
}
