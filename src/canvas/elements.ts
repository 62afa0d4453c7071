import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphModel } from '../domain/graph-model';
import type { Lang } from '../i18n/lang';
import type { VisibleEdge } from '../view/visible-graph';
import { badgeImage } from './canvas-style';
import type { Point } from '../view/positions';
import { labelLangs, layoutBox, levelRank } from './node-metrics';
import { hasRayLabel, type RayLabel } from './ray-labels';
import type { Arrangement } from '../view/arrangement';
import { TREE_BUS } from './tree-edges';
import type { CanvasScale } from '../view/positions';

/**
 * Element data of a node as the canvas draws it: label in the reader's language, "+N" or "−" badge, and where
 * a label along a ray goes (ray-labels.ts).
 */
export function nodeData(
  model: GraphModel,
  id: string,
  lang: Lang,
  hidden: number,
  ink: string,
  ray?: RayLabel,
) {
  const node = model.nodes.get(id)!;
  const hasChildren = (model.children.get(id)?.length ?? 0) > 0;
  return {
    id,
    label: node.label[lang],
    hidden,
    badge: hasChildren ? badgeImage(hidden, ink) : undefined,
    rot: ray?.rot,
    mx: ray?.mx,
    my: ray?.my,
    tx: ray?.tx,
    ty: ray?.ty,
  };
}

/**
 * Part-of edges to a node whose label runs along its ray start past the label's end (RayLabel `tx`, `ty`; the
 * stylesheet's `to-ray` rule), as a mind map's branches leave from the end of their text; any other edge ends at
 * its shapes. In the tree they turn into the child TREE_BUS before its shape (tree-edges.ts; the `elbow` rule).
 */
export function edgesFromLabelTips(cy: Core, layout: Arrangement): void {
  const elbows = layout === 'tree';
  cy.edges('.r-part-of').forEach((e) => {
    const parent = e.target();
    const ray = parent.hasClass('ray');
    const tip = ray ? `${parent.data('tx')}px ${parent.data('ty')}px` : undefined;
    if (e.data('tip') !== tip) e.data('tip', tip);
    e.toggleClass('to-ray', ray);
    const turn = elbows ? e.source().width() / 2 + TREE_BUS : undefined;
    if (e.data('turn') !== turn) e.data('turn', turn);
    e.toggleClass('elbow', elbows);
  });
}

/** The node's classes: its kind, its level (node-metrics `levelRank`), a ray label, the tree's beside its shape. */
export function nodeClasses(model: GraphModel, id: string, ray?: RayLabel): string {
  const rank = levelRank(model.level.get(id) ?? 1);
  const rays = ray ? (ray.beside ? ' ray beside' : ' ray') : '';
  return `k-${model.nodes.get(id)!.kind} lv-${rank}${rank === 1 ? ' root' : ''}${rays}`;
}

export function nodeElement(
  model: GraphModel,
  id: string,
  lang: Lang,
  hidden: number,
  ink: string,
  position: Point,
  ray?: RayLabel,
): ElementDefinition {
  return {
    group: 'nodes',
    data: nodeData(model, id, lang, hidden, ink, ray),
    position,
    classes: nodeClasses(model, id, ray),
  };
}

export function edgeElement(e: VisibleEdge): ElementDefinition {
  return {
    group: 'edges',
    // A supports edge's bow (supports-style.ts) is set once its nodes have positions.
    data: { id: e.id, source: e.source, target: e.target, ...(e.relation === 'supports' ? { bow: 0 } : {}) },
    classes: `r-${e.relation}${e.bridged ? ' bridged' : ''}`,
  };
}

/**
 * The layout places a node's whole box (shape + label); the canvas positions the shape's centre. A node whose
 * label runs along its ray, or beside it in the portrait tree, is placed by its shape's centre already.
 */
export function displayPosition(
  model: GraphModel,
  id: string,
  layout: ReadonlyMap<string, Point>,
  scale: CanvasScale = 'screen',
  layoutName: Arrangement = 'network',
  /** The language shown: the hierarchical layouts make room for its labels only. */
  lang?: Lang,
): Point {
  const p = layout.get(id) ?? { x: 0, y: 0 };
  const level = model.level.get(id)!;
  if (layoutName === 'portrait' || hasRayLabel(layoutName, level)) return { x: p.x, y: p.y };
  const langs = lang ? labelLangs(layoutName, lang) : 'both';
  const box = layoutBox(model.nodes.get(id)!, level, scale, langs);
  return { x: p.x, y: p.y - box.labelHeight / 2 };
}
