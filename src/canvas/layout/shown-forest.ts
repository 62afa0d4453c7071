import type { GraphModel } from '../../domain/graph-model';
import type { Arrangement } from '../../view/arrangement';
import type { CanvasScale } from '../../view/positions';
import type { SiblingOrder } from '../../view/sibling-order';
import { KIND_SHAPES } from '../kind-shapes';
import { layoutBox, rayBox, type LabelLangs } from '../node-metrics';

/**
 * The shown part of the part-of forest, in arrays: what the hierarchical layouts work on. Index i is a node;
 * nodes come depth first, parents before children, siblings in sibling order, so a parent's index is always
 * below its children's.
 */
export interface ShownForest {
  ids: string[];
  /** Index of the parent, -1 for a root. */
  parent: Int32Array;
  /** 0 for a root. */
  depth: Int32Array;
  /** Children in sibling order. */
  children: number[][];
  /** Root indices; the first is the plan's root (`model.roots[0]`). */
  roots: number[];
  /** The node's layout box: its shape with the label beneath (node-metrics `layoutBox`). */
  width: Float64Array;
  height: Float64Array;
  /** The parts of that box: shape size, label width, label lines' height, gap between shape and label. */
  shape: Float64Array;
  labelWidth: Float64Array;
  labelLines: Float64Array;
  gap: Float64Array;
  /**
   * The shape's size when it has corners (0 for a round one): shapes are drawn upright whatever their angle, so
   * two cornered neighbours side by side on a ring at 45° need more than their size between them.
   */
  corners: Float64Array;
  /** What the node holds in the plan, shown or not (`planHoldings`). */
  weight: Float64Array;
}

/** What shown-forest needs of a graph, worked out once per graph and canvas scale. */
export interface ForestSource {
  model: GraphModel;
  /** Every node's children in sibling order (`orderedChildren`). */
  children: ReadonlyMap<string, readonly string[]>;
  /** `planHoldings` at `scale`. */
  holdings: ReadonlyMap<string, number>;
  scale: CanvasScale;
  /** The labels the boxes make room for (node-metrics `labelLangs`). */
  langs: LabelLangs;
}

export function forestSource(
  model: GraphModel,
  scale: CanvasScale,
  order?: SiblingOrder,
  langs: LabelLangs = 'both',
): ForestSource {
  // Sector shares stay those of both languages: a language switch changes ring sizes, never the sectors' order.
  const holdings = planHoldings(model, scale);
  return { model, children: orderedChildren(model, order), holdings, scale, langs };
}

/**
 * What each node holds in the whole plan: the widths of the boxes of its leaves (its own, for a leaf), all of
 * them, open or not. It does not change as branches open and close, so what is drawn by it stays put.
 */
export function planHoldings(model: GraphModel, scale: CanvasScale): Map<string, number> {
  const out = new Map<string, number>();
  const outline: string[] = [];
  const stack = [...model.roots];
  while (stack.length) {
    const id = stack.pop()!;
    outline.push(id);
    for (const c of model.children.get(id) ?? []) stack.push(c);
  }
  for (let i = outline.length - 1; i >= 0; i--) {
    const id = outline[i]!;
    const kids = model.children.get(id);
    out.set(
      id,
      kids?.length
        ? kids.reduce((s, c) => s + out.get(c)!, 0)
        : layoutBox(model.nodes.get(id)!, model.level.get(id)!, scale).width,
    );
  }
  return out;
}

/** Children of every node, ordered once per graph by the sibling order (file order without one). */
export function orderedChildren(model: GraphModel, order?: SiblingOrder): Map<string, readonly string[]> {
  if (!order) return new Map(model.children);
  const rank = new Map(order.map((id, i) => [id, i]));
  const file = new Map(model.order.map((id, i) => [id, i]));
  const rankOf = (id: string) => rank.get(id) ?? order.length + file.get(id)!;
  const out = new Map<string, readonly string[]>();
  for (const [parent, kids] of model.children)
    out.set(
      parent,
      [...kids].sort((a, b) => rankOf(a) - rankOf(b)),
    );
  return out;
}

/** The nodes shown when `expanded` are open (as `shownNodes`), with their boxes at `scale`. */
export function shownForest(
  { model, children, holdings, scale, langs }: ForestSource,
  expanded: ReadonlySet<string>,
  /** The layout whose ray labels the boxes hold (`rayBox`). */
  layout: Arrangement = 'radial',
): ShownForest {
  const ids: string[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const kids: number[][] = [];
  const roots: number[] = [];
  const stack: [string, number][] = [...model.roots].reverse().map((id) => [id, -1]);
  while (stack.length) {
    const [id, parent] = stack.pop()!;
    const i = ids.length;
    ids.push(id);
    parents.push(parent);
    depths.push(parent < 0 ? 0 : depths[parent]! + 1);
    kids.push([]);
    if (parent < 0) roots.push(i);
    else kids[parent]!.push(i);
    if (!expanded.has(id)) continue;
    const list = children.get(id);
    if (list) for (let k = list.length - 1; k >= 0; k--) stack.push([list[k]!, i]);
  }
  const array = () => new Float64Array(ids.length);
  const [width, height, weight, shape, labelWidth, labelLines, gap, corners] = [
    array(),
    array(),
    array(),
    array(),
    array(),
    array(),
    array(),
    array(),
  ];
  ids.forEach((id, i) => {
    const box = layoutBox(model.nodes.get(id)!, model.level.get(id)!, scale, langs);
    width[i] = box.width;
    height[i] = box.height;
    weight[i] = holdings.get(id)!;
    shape[i] = box.shape;
    const ray = rayBox(box, layout);
    labelWidth[i] = ray.width;
    labelLines[i] = ray.lines;
    gap[i] = box.gap;
    corners[i] = KIND_SHAPES[model.nodes.get(id)!.kind] === 'ellipse' ? 0 : box.shape;
  });
  return {
    ids,
    parent: Int32Array.from(parents),
    depth: Int32Array.from(depths),
    children: kids,
    roots,
    width,
    height,
    weight,
    shape,
    labelWidth,
    labelLines,
    gap,
    corners,
  };
}
