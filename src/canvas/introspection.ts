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
  /** Where it meets its target, on screen. */
  targetEnd: Point;
  /** On screen: from where it leaves its source through its bends (a taxi edge's turns) to its target. */
  path: Point[];
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
      targetEnd: { ...e.renderedTargetEndpoint() },
      path: [
        e.renderedSourceEndpoint(),
        ...(e.style('curve-style') === 'taxi' ? (e.renderedSegmentPoints() ?? []) : []),
        e.renderedTargetEndpoint(),
      ].map((p) => ({ x: p.x, y: p.y })),
    };
  });
  return out;
}

export interface LabelOutline {
  /** The level rank of the node (node-metrics `levelRank`): 1 the plan, 2 its parts, 3 their members, 4 deeper. */
  level: number;
  /** Drawn at this zoom (its on-screen size is at least its level's threshold). */
  drawn: boolean;
  fontPx: number;
  /** The label's outline on screen (px from the canvas's top-left corner), turned as drawn; and the shape's box. */
  label: Point[];
  shape: Point[];
}

/** Every node's label as drawn, as a turned rectangle (a ray label is turned), to check overlaps exactly. */
export function labelOutlines(cy: Core): Record<string, LabelOutline> {
  const out: Record<string, LabelOutline> = {};
  const zoom = cy.zoom();
  const pan = cy.pan();
  const screen = (x: number, y: number): Point => ({ x: x * zoom + pan.x, y: y * zoom + pan.y });
  cy.nodes().forEach((n) => {
    n.boundingBox({ includeLabels: true }); // brings cytoscape's label bounds up to date
    const b = (n as unknown as { _private: { labelBounds: { main?: Record<string, number> } } })._private
      .labelBounds.main;
    const shape = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    const fontPx = n.numericStyle('font-size') * zoom;
    const rank = Number(/lv-(\d)/.exec(n.classes().join(' '))?.[1] ?? 4);
    let label: Point[] = [];
    if (b) {
      // Cytoscape pads the bounds by the text outline and a margin of error on each side: take them off.
      const w = b.w! - (b.rightPad! - b.leftPad!);
      const h = b.h! - (b.botPad! - b.topPad!);
      const [cx, cyy] = [(b.x1! + b.x2!) / 2, (b.y1! + b.y2!) / 2];
      const t = n.hasClass('ray') ? Number(n.data('rot')) || 0 : 0;
      const [c, s] = [Math.cos(t), Math.sin(t)];
      label = [
        [-w / 2, -h / 2],
        [w / 2, -h / 2],
        [w / 2, h / 2],
        [-w / 2, h / 2],
      ].map(([x, y]) => screen(cx + c * x! - s * y!, cyy + s * x! + c * y!));
    }
    out[n.id()] = {
      level: rank,
      drawn: !!b && fontPx >= n.numericStyle('min-zoomed-font-size') && !n.hasClass('far'),
      fontPx,
      label,
      shape: [
        { x: shape.x1, y: shape.y1 },
        { x: shape.x2, y: shape.y1 },
        { x: shape.x2, y: shape.y2 },
        { x: shape.x1, y: shape.y2 },
      ],
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
    /** Each shape's size in graph px (the tree lines up a column by its shapes' left edges). */
    shapeSizes: (): Record<string, number> => Object.fromEntries(cy.nodes().map((n) => [n.id(), n.width()])),
    renderedPositions: () => renderedPositions(cy),
    labelSizes: () => labelSizes(cy),
    edgeStyles: () => edgeStyles(cy),
    labelOutlines: () => labelOutlines(cy),
    viewport: () => state.viewport(),
    detail: (): 'full' | 'far' => (state.far() ? 'far' : 'full'),
    renderer: (): 'canvas' | 'webgl' => (state.webgl ? 'webgl' : 'canvas'),
  };
}
