import type { Core } from 'cytoscape';
import type { Point } from '../view/positions';

/** Where each node is drawn, in px from the canvas's top-left corner, and the middle of its label. */
export function renderedPositions(cy: Core): Record<string, Point & { labelY: number }> {
  const out: Record<string, Point & { labelY: number }> = {};
  cy.nodes().forEach((n) => {
    const all = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
    const shape = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    out[n.id()] = { ...n.renderedPosition(), labelY: (shape.y2 + all.y2) / 2 };
  });
  return out;
}

/** Node positions in graph coordinates. */
export function nodePositions(cy: Core): Record<string, Point> {
  const out: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    out[n.id()] = { ...n.position() };
  });
  return out;
}

export interface LabelProbe {
  /** The label's font size as drawn on screen, in px (its style's size times the zoom). */
  fontPx: number;
  /** The label's box on screen (px from the canvas's top-left corner), without the shape. */
  box: { x1: number; y1: number; x2: number; y2: number };
  /** The shape's box on screen. */
  shape: { x1: number; y1: number; x2: number; y2: number };
}

/** Every node's label as drawn: its size on screen and where it is, to check legibility and overlaps. */
export function labelSizes(cy: Core): Record<string, LabelProbe> {
  const out: Record<string, LabelProbe> = {};
  const zoom = cy.zoom();
  const pick = (b: { x1: number; y1: number; x2: number; y2: number }) => ({
    x1: b.x1,
    y1: b.y1,
    x2: b.x2,
    y2: b.y2,
  });
  cy.nodes().forEach((n) => {
    const label = n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
    const shape = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    out[n.id()] = {
      fontPx: n.numericStyle('font-size') * zoom,
      box: pick(label),
      shape: pick(shape),
    };
  });
  return out;
}

export interface EdgeProbe {
  relation: string;
  opacity: number;
  width: number;
  /** The target arrow's shape ('none' when there is none). */
  arrow: string;
  curve: string;
  zIndex: number;
  sourceId: string;
  targetId: string;
  /** Centres of its nodes and its curve's control points, in graph coordinates. */
  source: Point;
  target: Point;
  controlPoints: Point[];
}

/** Every edge as drawn: how strong it is, whether it has an arrow, its curve. */
export function edgeStyles(cy: Core): Record<string, EdgeProbe> {
  const out: Record<string, EdgeProbe> = {};
  cy.edges().forEach((e) => {
    out[e.id()] = {
      relation: e.hasClass('r-supports') ? 'supports' : 'part-of',
      opacity: e.numericStyle('opacity'),
      width: e.numericStyle('width'),
      arrow: String(e.style('target-arrow-shape')),
      curve: String(e.style('curve-style')),
      zIndex: e.numericStyle('z-index'),
      sourceId: e.source().id(),
      targetId: e.target().id(),
      source: { ...e.source().position() },
      target: { ...e.target().position() },
      controlPoints: (e.controlPoints() ?? []).map((p) => ({ x: p.x, y: p.y })),
    };
  });
  return out;
}

/** The canvas as browser tests and benchmarks read it (window.__taiguCanvas). */
export function canvasIntrospection(
  cy: Core,
  state: { viewport(): { zoom: number; pan: Point }; far(): boolean; webgl: boolean },
) {
  return {
    positions: () => nodePositions(cy),
    renderedPositions: () => renderedPositions(cy),
    labelSizes: () => labelSizes(cy),
    edgeStyles: () => edgeStyles(cy),
    viewport: () => state.viewport(),
    detail: (): 'full' | 'far' => (state.far() ? 'far' : 'full'),
    renderer: (): 'canvas' | 'webgl' => (state.webgl ? 'webgl' : 'canvas'),
  };
}
