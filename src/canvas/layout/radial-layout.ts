import { DISC_GAP, ringRadii } from './radial-rings';
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
  const disc = new Float64Array(forest.ids.length);
  forest.ids.forEach(
    (_, i) => (disc[i] = Math.hypot(forest.width[i]! + DISC_GAP, forest.height[i]! + DISC_GAP)),
  );
  const groups = forest.roots.map((r) => radialGroup(forest, r, disc));
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

function radialGroup(forest: ShownForest, root: number, disc: Float64Array): Group {
  const rings: number[][] = [[root]];
  // Breadth first: each ring in angular order (children in sibling order, families in their parents' order).
  for (let level = rings[0]!; level.length;) {
    const next = level.flatMap((v) => forest.children[v]!);
    if (next.length) rings.push(next);
    level = next;
  }
  const { radius, angle } = ringRadii({ rings, parent: forest.parent, disc, weight: forest.weight });
  const xy = new Map<number, [number, number]>([[root, [0, 0]]]);
  let reach = disc[root]! / 2;
  for (let k = 1; k < rings.length; k++)
    for (const v of rings[k]!) {
      const a = angle[v]!;
      xy.set(v, [radius[k]! * Math.cos(a), radius[k]! * Math.sin(a)]);
      reach = Math.max(reach, radius[k]! + disc[v]! / 2);
    }
  return { xy, reach };
}
