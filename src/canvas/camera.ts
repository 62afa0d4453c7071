import type { Core } from 'cytoscape';
import type { CameraMove } from '../store/camera';
import type { Point } from '../view/positions';

const PADDING = 60;
/** At this zoom the smallest label (14 px) renders at about 11 px. */
export const READABLE_ZOOM = 0.78;
/**
 * The home view is the whole picture, down to this zoom: the plan's top three levels are set large enough
 * (node-metrics LEVEL_FONT, 29 px and up) to read at 13 px there, and in the hierarchical layouts the geometry is
 * the plan's structure, which reads even where the smallest labels do not.
 */
export const HOME_FLOOR = 0.45;

/** What covers the canvas's edges (px): floating controls, a sheet. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Closest a fitted portrait view comes: a few nodes are not blown up to fill a phone. */
export const FIT_INSIDE_MAX_ZOOM = 1.2;

/**
 * Everything shown, labels included, inside the canvas less `insets`, centred there: the portrait tree's home,
 * which is made to fit a phone whole (layout/portrait-layout.ts).
 */
export function fitInside(cy: Core, insets: Insets, animate: boolean): void {
  const bb = cy.elements().boundingBox({});
  if (Number.isFinite(bb.w)) fitBoxInside(cy, bb, insets, animate);
}

/** `box` (graph coordinates) inside the canvas less `insets`, centred there, zoomed in no further than 1.2. */
export function fitBoxInside(cy: Core, bb: Box, insets: Insets, animate: boolean): void {
  const [bw, bh] = [bb.x2 - bb.x1, bb.y2 - bb.y1];
  const w = cy.width() - insets.left - insets.right;
  const h = cy.height() - insets.top - insets.bottom;
  if (w <= 0 || h <= 0 || bw <= 0 || bh <= 0) return;
  const zoom = Math.max(cy.minZoom(), Math.min(FIT_INSIDE_MAX_ZOOM, w / bw, h / bh));
  const pan = {
    x: insets.left + w / 2 - ((bb.x1 + bb.x2) / 2) * zoom,
    y: insets.top + h / 2 - ((bb.y1 + bb.y2) / 2) * zoom,
  };
  cy.stop(true);
  if (animate) cy.animate({ zoom, pan }, { duration: 300, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom, pan });
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The points that frame node `id` going to `target` (else where it is): the corners of its shape and label as
 * drawn (a label beneath the shape is wider than it; one along a ray reaches far out), moved to the target.
 */
export function framePoints(cy: Core, id: string, target?: Point): Point[] {
  const el = cy.getElementById(id);
  if (el.empty()) return target ? [target] : [];
  const at = el.position();
  const [dx, dy] = target ? [target.x - at.x, target.y - at.y] : [0, 0];
  const b = el.boundingBox({ includeLabels: true, includeOverlays: false });
  return [
    { x: b.x1 + dx, y: b.y1 + dy },
    { x: b.x2 + dx, y: b.y2 + dy },
  ];
}

export function boxOf(points: readonly Point[], margin = 40): Box | undefined {
  if (!points.length) return undefined;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return {
    x1: Math.min(...xs) - margin,
    y1: Math.min(...ys) - margin,
    x2: Math.max(...xs) + margin,
    y2: Math.max(...ys) + margin,
  };
}

/**
 * Glide so that `box` (graph coordinates) is in view: pan only when it already fits at this zoom, zoom out only as
 * much as needed, never zoom in. Does nothing when the box is already visible.
 */
export function glideToShow(cy: Core, box: Box, animate: boolean, visibleHeight = cy.height()): void {
  const ext = cy.extent();
  const extY2 = ext.y1 + (ext.y2 - ext.y1) * (visibleHeight / cy.height());
  if (box.x1 >= ext.x1 && box.x2 <= ext.x2 && box.y1 >= ext.y1 && box.y2 <= extY2) return;
  const w = cy.width();
  const h = visibleHeight;
  const fitZoom = Math.min((w - 2 * PADDING) / (box.x2 - box.x1), (h - 2 * PADDING) / (box.y2 - box.y1));
  const zoom = Math.max(cy.minZoom(), Math.min(cy.zoom(), fitZoom));
  const cx = (box.x1 + box.x2) / 2;
  const cyy = (box.y1 + box.y2) / 2;
  const pan = { x: w / 2 - cx * zoom, y: h / 2 - cyy * zoom };
  cy.stop(true); // an earlier glide would otherwise go on over this one
  if (animate) cy.animate({ zoom, pan }, { duration: 300, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom, pan });
}

export function zoomBy(cy: Core, factor: number, animate: boolean): void {
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), cy.zoom() * factor));
  const level = { level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } };
  if (animate) cy.animate({ zoom: level }, { duration: 200 });
  else cy.zoom(level);
}

/**
 * Fit the graph in the top `visibleHeight` px of the canvas, but never so far out that labels are unreadable:
 * below that zoom, centre it there and let the reader pan.
 */
export function fitReadable(cy: Core, readable = READABLE_ZOOM, visibleHeight = cy.height()): void {
  if (cy.elements().empty()) return;
  cy.viewport(homeViewport(cy.elements().boundingBox({}), cy.width(), visibleHeight, readable));
}

/** The start framing; `fitted`: all of it inside the canvas less these insets (the portrait tree). */
export function homeView(
  cy: Core,
  fitted?: Insets,
  animate = false,
  visibleHeight = cy.height(),
  floor = HOME_FLOOR,
): void {
  if (fitted) fitInside(cy, fitted, animate);
  else fitReadable(cy, floor, visibleHeight);
}

/**
 * Carries out one camera move other than home (first-picture.ts `frameHome`); `targets` frame the nodes it names
 * where they are going (`framePoints`). `fitted`: the fit view shows everything inside the canvas less these
 * insets (the portrait tree).
 */
export function moveCamera(
  cy: Core,
  move: Exclude<CameraMove, { to: 'home' }>,
  targets: readonly Point[],
  animate: boolean,
  visibleHeight: number,
  fitted?: Insets,
): void {
  if (fitted && move.to === 'fit') return fitInside(cy, fitted, animate);
  switch (move.to) {
    case 'fit':
      if (animate) cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 300 });
      else cy.fit(undefined, 40);
      return;
    case 'zoom':
      return zoomBy(cy, move.direction === 'in' ? 1.25 : 0.8, animate);
    case 'viewport':
      cy.viewport(move.viewport);
      return;
    case 'nodes': {
      const box = boxOf(targets, 40);
      if (box) showBox(cy, box, animate);
      return;
    }
    case 'node': {
      const box = boxOf(targets, 40);
      if (box) glideToShow(cy, box, animate, visibleHeight);
    }
  }
}

/** Tour steps are shown closer than the explorer's default, for a room; never closer than this. */
export const SHOW_MAX_ZOOM = 1.6;

/**
 * Fit `box` (graph coordinates) in view, zooming in or out as needed (up to SHOW_MAX_ZOOM), centred: the camera
 * of a tour step. Any camera move still running is stopped first, so steps taken quickly never queue up.
 */
export function showBox(cy: Core, box: Box, animate: boolean): void {
  const w = cy.width();
  const h = cy.height();
  const fit = Math.min((w - 2 * PADDING) / (box.x2 - box.x1), (h - 2 * PADDING) / (box.y2 - box.y1));
  const zoom = Math.max(cy.minZoom(), Math.min(SHOW_MAX_ZOOM, fit));
  const pan = { x: w / 2 - ((box.x1 + box.x2) / 2) * zoom, y: h / 2 - ((box.y1 + box.y2) / 2) * zoom };
  cy.stop(true);
  if (animate) cy.animate({ zoom, pan }, { duration: 600, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom, pan });
}

/**
 * The home view of `box` in a canvas of `width` × `height`, as fitReadable frames it: fitted with 40 px to
 * spare, never closer than 1.5, never farther out than `floor` (then centred). Pure: the page's first picture
 * is framed by the same rule in CSS.
 */
export function homeViewport(
  box: Box,
  width: number,
  height: number,
  floor = READABLE_ZOOM,
): { zoom: number; pan: Point } {
  const fit = Math.min((width - 80) / (box.x2 - box.x1), (height - 80) / (box.y2 - box.y1));
  const zoom = Math.min(Math.max(fit, floor), 1.5);
  return {
    zoom,
    pan: { x: width / 2 - ((box.x1 + box.x2) / 2) * zoom, y: height / 2 - ((box.y1 + box.y2) / 2) * zoom },
  };
}
