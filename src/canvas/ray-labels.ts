import type { GraphModel } from '../domain/graph-model';
import type { Arrangement } from '../view/arrangement';
import type { Lang } from '../i18n/lang';
import type { CanvasScale, Point } from '../view/positions';
import { labelBox } from './label-box';
import { nodeMetrics, rayWrapEm } from './node-metrics';
import { towards } from './supports-curve';

/**
 * In the radial layout, labels from this level of the plan down run outward along their node's ray: on a ring a
 * label then takes only its line height round the circle instead of its width, which is what lets a fully open
 * plan fit a screen or a poster with every label legible.
 */
export const RAY_FROM_LEVEL = 3;

/**
 * Whether a node's label runs along a ray from its shape: deep levels in the radial layout, and every level in the
 * tree, where every ray points right (the label beside its shape, as in a mind map). The portrait tree has labels
 * of its own (portrait-style.ts).
 */
export const hasRayLabel = (layout: Arrangement, level: number): boolean =>
  layout === 'tree' || (layout === 'radial' && level >= RAY_FROM_LEVEL);

/** The angle of a node's ray: away from its tree's root in the radial layout, rightward in the tree. */
export const rayAngle = (layout: Arrangement, node: Point, root: Point): number =>
  layout === 'tree' ? 0 : Math.atan2(node.y - root.y, node.x - root.x);

/** How the canvas draws a ray label: turned by `rot` (radians), its centre (mx, my) from the node's centre. */
export interface RayLabel {
  rot: number;
  mx: number;
  my: number;
  /**
   * Just past the label's outer end (tx, ty) from the node's centre: the node's edges to its children, which lie
   * further out along the ray, start there, so that none runs over the label.
   */
  tx: number;
  ty: number;
  /** Beside its shape in the tree, where the top levels wrap wider (node-metrics `rayWrapEm`). */
  beside?: true;
}

/** Between a ray label's outer end and the edges that start past it. */
const TIP_GAP = 4;

/**
 * A label along the ray at `angle` (radians, y pointing down) from a shape of size `shape`: it starts `gap` past
 * the shape and runs `width` outward, turned half round on the left side so that it never reads upside down.
 */
export function rayLabel(angle: number, shape: number, gap: number, width: number): RayLabel {
  const d = shape / 2 + gap + width / 2;
  const tip = d + width / 2 + TIP_GAP;
  const rot = Math.cos(angle) < -1e-9 ? angle + Math.PI : angle;
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return { rot: Math.atan2(Math.sin(rot), Math.cos(rot)), mx: c * d, my: s * d, tx: c * tip, ty: s * tip };
}

/**
 * Where a part-of edge from `child` meets `parent` (centres; `size` its shape's): past the end of the parent's
 * ray label, or else at its shape. The canvas draws the same (elements.ts `edgesFromLabelTips`).
 */
export const parentEnd = (parent: Point & { size: number; ray?: RayLabel }, child: Point): Point =>
  parent.ray
    ? { x: parent.x + parent.ray.tx, y: parent.y + parent.ray.ty }
    : towards(parent, child, parent.size / 2);

/** The root of the node's tree: the centre its ray starts from. */
export function treeRootOf(model: GraphModel, id: string): string {
  let at = id;
  for (let p = model.parent.get(at); p !== undefined; p = model.parent.get(at)) at = p;
  return at;
}

/**
 * The ray label of `id` in `lang`, placed by the layout's `positions` (a ray node's position is its shape's
 * centre, its tree root's the centre of the rings), or undefined when its label sits beneath its shape.
 * `boost` enlarges the label as an export does.
 */
export function rayLabelOf(
  model: GraphModel,
  id: string,
  lang: Lang,
  layout: Arrangement,
  scale: CanvasScale,
  positions: ReadonlyMap<string, Point>,
  boost = 1,
): RayLabel | undefined {
  const level = model.level.get(id) ?? 1;
  if (!hasRayLabel(layout, level)) return undefined;
  const p = positions.get(id);
  const c = positions.get(treeRootOf(model, id));
  if (!p || !c) return undefined;
  const node = model.nodes.get(id)!;
  const m = nodeMetrics(node.kind, level, scale);
  const wrap = lang === 'zh' ? 'anywhere' : 'whitespace';
  const width = labelBox(node.label[lang], m.font * boost, wrap, rayWrapEm(level, layout)).width;
  return {
    ...rayLabel(rayAngle(layout, p, c), m.size, m.gap * boost, width),
    ...(layout === 'tree' ? { beside: true } : {}),
  };
}
