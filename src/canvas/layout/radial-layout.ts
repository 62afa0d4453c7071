import { hasRayLabel } from '../ray-labels';
import { DISC_GAP, RAY_GAP, ringRadii, type RadialTree } from './radial-rings';
import type { ShownForest } from './shown-forest';

/** Clear space between the plan's disc and the groups of the other roots beside it, and between those. */
export const GROUP_GAP = 120;

interface Group {
  /** x, y per node index of the group, around its root at (0, 0). */
  xy: Map<number, [number, number]>;
  /** Radius of a circle around the root that holds every box of the group. */
  reach: number;
}

/**
 * A tidy radial layout: the plan's root (`roots[0]`) at (0, 0), each level on its own ring. The root's children
 * share the circle in proportion to what each holds in the plan (the label widths of its leaves), the first
 * straight above the root, then clockwise in sibling order; every family further out is centred on its parent
 * and spread only as far as its members' boxes need (see `ringRadii`, which also sizes the rings so that no two
 * boxes overlap and every part-of edge points away from the centre; edges then never cross). Every other root
 * gets a radial group of its own, in a column right of the plan's disc and clear of it. Linear in the nodes,
 * times the steps of a bisection per ring. Returns x0, y0, x1, y1, … by node index.
 */
export function radialLayout(forest: ShownForest): Float64Array {
  const room = roomOnRings(forest);
  const groups = forest.roots.map((r) => radialGroup(forest, r, room));
  const out = new Float64Array(2 * forest.ids.length);
  const place = (g: Group, cx: number, cy: number) => {
    for (const [i, [x, y]] of g.xy) {
      out[2 * i] = cx + x;
      out[2 * i + 1] = cy + y;
    }
  };
  const [main, ...others] = groups;
  if (!main) return out;
  place(main, 0, 0);
  const tall = others.reduce((s, g) => s + 2 * g.reach, 0) + GROUP_GAP * Math.max(0, others.length - 1);
  let top = -tall / 2;
  for (const g of others) {
    place(g, main.reach + GROUP_GAP + g.reach, top + g.reach);
    top += 2 * g.reach + GROUP_GAP;
  }
  return out;
}

type Room = Pick<RadialTree, 'tangent' | 'inward' | 'outward' | 'corners'>;

/**
 * What each node needs on its ring. A node labelled beneath its shape is the disc round its box and a gap; a
 * node whose label runs along its ray (ray-labels.ts; its position is its shape's centre) needs its shape or its
 * label's lines round the ring, and reaches outward by the shape, the gap and the label's width.
 */
function roomOnRings(forest: ShownForest): Room {
  const n = forest.ids.length;
  const room: Room = {
    tangent: new Float64Array(n),
    inward: new Float64Array(n),
    outward: new Float64Array(n),
    corners: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    if (hasRayLabel('radial', forest.depth[i]! + 1)) {
      const half = forest.shape[i]! / 2 + RAY_GAP / 2;
      room.tangent[i] = Math.max(forest.shape[i]!, forest.labelLines[i]!) + RAY_GAP;
      room.inward[i] = half;
      room.outward[i] = half + forest.gap[i]! + forest.labelWidth[i]!;
      room.corners[i] = forest.corners[i]!;
    } else {
      const disc = Math.hypot(forest.width[i]! + DISC_GAP, forest.height[i]! + DISC_GAP);
      room.tangent[i] = disc;
      room.inward[i] = room.outward[i] = disc / 2;
    }
  }
  return room;
}

function radialGroup(forest: ShownForest, root: number, room: Room): Group {
  const rings: number[][] = [[root]];
  // Breadth first: each ring in angular order (children in sibling order, families in their parents' order).
  for (let level = rings[0]!; level.length;) {
    const next = level.flatMap((v) => forest.children[v]!);
    if (next.length) rings.push(next);
    level = next;
  }
  const { radius, angle } = ringRadii({ rings, parent: forest.parent, ...room, weight: forest.weight });
  const xy = new Map<number, [number, number]>([[root, [0, 0]]]);
  let reach = room.outward[root]!;
  for (let k = 1; k < rings.length; k++)
    for (const v of rings[k]!) {
      const a = angle[v]!;
      xy.set(v, [radius[k]! * Math.cos(a), radius[k]! * Math.sin(a)]);
      reach = Math.max(reach, radius[k]! + room.outward[v]!);
    }
  return { xy, reach };
}
