import type { ElementDefinition } from 'cytoscape';
import type { GraphModel } from '../domain/graph-model';
import type { Lang } from '../i18n/lang';
import type { VisibleEdge } from '../view/visible-graph';
import { badgeImage } from './canvas-style';
import type { Point } from '../view/positions';
import { layoutBox } from './node-metrics';
import type { CanvasScale } from '../view/positions';

/** Element data of a node as the canvas draws it: label in the reader's language, "+N" or "−" badge. */
export function nodeData(model: GraphModel, id: string, lang: Lang, hidden: number, ink: string) {
  const node = model.nodes.get(id)!;
  const hasChildren = (model.children.get(id)?.length ?? 0) > 0;
  return { id, label: node.label[lang], hidden, badge: hasChildren ? badgeImage(hidden, ink) : undefined };
}

export function nodeElement(
  model: GraphModel,
  id: string,
  lang: Lang,
  hidden: number,
  ink: string,
  position: Point,
): ElementDefinition {
  return {
    group: 'nodes',
    data: nodeData(model, id, lang, hidden, ink),
    position,
    classes: `k-${model.nodes.get(id)!.kind}${model.roots.includes(id) ? ' root' : ''}`,
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

/** The layout places a node's whole box (shape + label); the canvas positions the shape's centre. */
export function displayPosition(
  model: GraphModel,
  id: string,
  layout: ReadonlyMap<string, Point>,
  scale: CanvasScale = 'screen',
): Point {
  const p = layout.get(id) ?? { x: 0, y: 0 };
  const box = layoutBox(model.nodes.get(id)!, model.roots.includes(id), scale);
  return { x: p.x, y: p.y - box.labelHeight / 2 };
}
