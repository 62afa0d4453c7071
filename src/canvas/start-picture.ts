import type { GraphModel } from '../domain/graph-model';
import type { LayoutName, NodeKind } from '../domain/vocabulary';
import type { Lang } from '../i18n/lang';
import type { Arrangement } from '../view/arrangement';
import type { CanvasScale, Point } from '../view/positions';
import { expandedOf } from '../view/expanded';
import { hiddenChildCount } from '../view/view-ops';
import { visibleGraph, type VisibleEdge } from '../view/visible-graph';
import type { Box } from './camera';
import { displayPosition } from './elements';
import { KIND_SHAPES } from './kind-shapes';
import { LABEL_WRAP_EM, LINE_HEIGHT, textWidthEm } from './label-box';
import { labelLangs, layoutBox, nodeMetrics, rayBox, rayWrapEm } from './node-metrics';
import { PORTRAIT_LABEL_GAP, PORTRAIT_WRAP_PX, portraitMetrics } from './portrait-metrics';
import { rayLabelOf, type RayLabel } from './ray-labels';

/** A node of the start view as the canvas draws it, in graph coordinates. */
export interface StartNode {
  id: string;
  kind: NodeKind;
  shape: string;
  x: number;
  y: number;
  size: number;
  font: number;
  weight: number;
  gap: number;
  /** The label's lines, broken as the canvas breaks them. */
  lines: string[];
  /** "+N": children not shown yet. */
  hidden: number;
  /** Has children at all: an open node shows "−" (tap to fold). */
  parent: boolean;
  ray?: RayLabel;
  /** The portrait tree's label: beside the shape, left aligned, its lines centred on the shape. */
  beside?: boolean;
}

export interface StartPicture {
  nodes: StartNode[];
  edges: { relation: VisibleEdge['relation']; bridged: boolean; source: StartNode; target: StartNode }[];
  /** What the first camera frames (graph coordinates): every shape and label, by the labels' estimated size. */
  frame: Box;
}

/**
 * Breaks a label the way the canvas does at `max` em (label-box.ts `wrapPx`): Chinese between any two
 * characters, English between words.
 */
export function labelLines(text: string, lang: Lang, max = LABEL_WRAP_EM): string[] {
  const pieces = lang === 'zh' ? [...text] : text.split(/(?<= )/);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const next = line + piece;
    if (line && textWidthEm(next.trimEnd()) > max) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = next;
  }
  lines.push(line.trimEnd());
  return lines;
}

function grow(box: Box, x1: number, y1: number, x2: number, y2: number): void {
  box.x1 = Math.min(box.x1, x1);
  box.y1 = Math.min(box.y1, y1);
  box.x2 = Math.max(box.x2, x2);
  box.y2 = Math.max(box.y2, y2);
}

type Drawn = Omit<StartNode, 'id' | 'kind' | 'shape' | 'hidden' | 'parent'>;
/** How one node of the start view is drawn: its shape and label, and what it covers (grown into the frame). */
type DrawNode = (id: string, at: Point, frame: Box) => Drawn;

/**
 * The start view of a graph (nothing opened, nothing filtered) as the canvas draws it from `positions` (the
 * layout's, as start-layout.json holds them; the portrait tree's, as its layout gives them): pure, so the build
 * can write the same picture into the page.
 */
export function startPicture(
  model: GraphModel,
  positions: ReadonlyMap<string, Point>,
  lang: Lang,
  layout: Arrangement,
  scale: CanvasScale = 'screen',
): StartPicture {
  const expanded = expandedOf(model, []);
  const vis = visibleGraph(model, expanded, { hiddenKinds: [], hiddenRelations: [] });
  const frame: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const draw =
    layout === 'portrait' ? besideLabel(model, lang) : canvasLabel(model, positions, lang, layout, scale);
  const byId = new Map<string, StartNode>();
  for (const id of vis.nodes) {
    const node = model.nodes.get(id)!;
    const at =
      layout === 'portrait'
        ? (positions.get(id) ?? { x: 0, y: 0 })
        : displayPosition(model, id, positions, scale, layout, lang);
    byId.set(id, {
      id,
      kind: node.kind,
      shape: KIND_SHAPES[node.kind],
      hidden: hiddenChildCount(model, expanded, id),
      parent: (model.children.get(id)?.length ?? 0) > 0,
      ...draw(id, at, frame),
    });
  }
  const edges = vis.edges.map((e) => ({
    relation: e.relation,
    bridged: e.bridged,
    source: byId.get(e.source)!,
    target: byId.get(e.target)!,
  }));
  return { nodes: [...byId.values()], edges, frame };
}

/** Beneath the shape, or along the node's ray in the radial layout. */
function canvasLabel(
  model: GraphModel,
  positions: ReadonlyMap<string, Point>,
  lang: Lang,
  layout: LayoutName,
  scale: CanvasScale,
): DrawNode {
  return (id, at, frame) => {
    const node = model.nodes.get(id)!;
    const level = model.level.get(id) ?? 1;
    const m = nodeMetrics(node.kind, level, scale);
    const ray = rayLabelOf(model, id, lang, layout, scale, positions);
    const half = m.size / 2;
    grow(frame, at.x - half, at.y - half, at.x + half, at.y + half);
    // The widths the layout made room for (layoutBox), by the estimate the canvas's wrapping follows.
    const box = layoutBox(node, level, scale, labelLangs(layout, lang));
    const run = rayBox(box, layout);
    const w = ray ? run.width : box.labelWidth;
    const h = ray ? run.lines : box.labelHeight - box.gap;
    if (ray) {
      // The turned label's corners.
      const cx = at.x + ray.mx;
      const cy = at.y + ray.my;
      const c = Math.abs(Math.cos(ray.rot));
      const s = Math.abs(Math.sin(ray.rot));
      const hw = (w * c + h * s) / 2;
      const hh = (w * s + h * c) / 2;
      grow(frame, cx - hw, cy - hh, cx + hw, cy + hh);
    } else grow(frame, at.x - w / 2, at.y + half, at.x + w / 2, at.y + half + box.labelHeight);
    return {
      x: at.x,
      y: at.y,
      size: m.size,
      font: m.font,
      weight: m.weight,
      gap: m.gap,
      lines: labelLines(node.label[lang], lang, ray ? rayWrapEm(level, layout) : LABEL_WRAP_EM),
      ...(ray ? { ray } : {}),
    };
  };
}

/** The portrait tree's (portrait-style.ts): beside the shape, wrapped at a width, its lines centred on the shape. */
function besideLabel(model: GraphModel, lang: Lang): DrawNode {
  return (id, at, frame) => {
    const node = model.nodes.get(id)!;
    const m = portraitMetrics(node.kind, model.level.get(id) ?? 1);
    const lines = labelLines(node.label[lang], lang, PORTRAIT_WRAP_PX / m.font);
    const width = Math.max(...lines.map((l) => textWidthEm(l))) * m.font;
    const tall = Math.max(m.size, lines.length * lineHeight(m.font)) / 2;
    grow(frame, at.x - m.size / 2, at.y - tall, at.x + m.size / 2 + PORTRAIT_LABEL_GAP + width, at.y + tall);
    const { size, font, weight } = m;
    return { x: at.x, y: at.y, size, font, weight, gap: PORTRAIT_LABEL_GAP, lines, beside: true };
  };
}

/** Label line height in px at `font`. */
export const lineHeight = (font: number): number => font * LINE_HEIGHT;
