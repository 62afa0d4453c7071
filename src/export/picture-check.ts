import type { Picture, PictureNode } from '../canvas/offscreen/export-graph';
import { convexOverlap } from '../canvas/layout/node-footprint';
import type { Point } from '../view/positions';
import { shapeOutline } from './shape-paths';
import type { Frame } from './sizing';

/** A label's drawn box in picture px: its widest line and its lines' height. */
export interface LabelSize {
  width: number;
  height: number;
}

/** Two nodes drawn over each other, and which of their parts meet. */
export interface Overlap {
  a: string;
  b: string;
  parts: 'shapes' | 'shape and label' | 'labels';
}

/** What an export draws, checked: every node, the smallest label on the page, and whatever overlaps. */
export interface PictureReport {
  /** Ids of the nodes drawn. */
  nodes: string[];
  /** The smallest label's size on the page (output px), and its node. */
  smallestLabelPx: number;
  smallestLabel?: string;
  /** Pairs of nodes whose shapes or labels overlap (each node's own shape and label never count). */
  overlaps: Overlap[];
  /** Nodes whose shape or label is (partly) outside the graph's area of the page. */
  outside: string[];
}

/**
 * How far past the graph's area (picture px) a measured label may reach and still count as on the page: a few
 * px, and a fifth of an em of its font, as the estimate of a wrapped label's lines and the renderer's own measure
 * (which frames the picture) differ by a few px a line at poster sizes (6 px for two lines of 39 px).
 */
const EDGE_SLACK = 4;
const EDGE_SLACK_EM = 0.2;

const OVERLAP_PARTS = ['shapes', 'shape and label', 'labels'] as const;

const box = (cx: number, cy: number, w: number, h: number, angle = 0): Point[] => {
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return [
    [-w / 2, -h / 2],
    [w / 2, -h / 2],
    [w / 2, h / 2],
    [-w / 2, h / 2],
  ].map(([x, y]) => ({ x: cx + c * x! - s * y!, y: cy + s * x! + c * y! }));
};

/**
 * A node's shape (a convex outline holding it) and its label as drawn, in picture px: beneath the shape, or
 * turned along its ray with its centre at the ray's offset, or in the tree starting just past the shape (as the
 * canvas and the SVG writer draw it).
 */
export function outlines(node: PictureNode, label: LabelSize): Point[][] {
  const shape = shapeOutline(node.shape, node.x, node.y, node.size);
  if (node.ray?.beside) {
    const left = node.x + node.size / 2 + node.gap;
    return [shape, box(left + label.width / 2, node.y, label.width, label.height)];
  }
  if (node.ray)
    return [shape, box(node.x + node.ray.mx, node.y + node.ray.my, label.width, label.height, node.ray.rot)];
  const top = node.y + node.size / 2 + node.gap;
  return [shape, box(node.x, top + label.height / 2, label.width, label.height)];
}

/** Checks a picture framed by `frame`; `labelOf` measures a node's label at its drawn font (picture px). */
export function checkPicture(
  picture: Picture,
  frame: Pick<Frame, 'scale' | 'graph'>,
  labelOf: (node: PictureNode) => LabelSize,
): PictureReport {
  const placed = picture.nodes.map((node) => {
    const parts = outlines(node, labelOf(node));
    const all = parts.flat();
    const xs = all.map((p) => p.x);
    const ys = all.map((p) => p.y);
    return {
      node,
      parts,
      x1: Math.min(...xs),
      y1: Math.min(...ys),
      x2: Math.max(...xs),
      y2: Math.max(...ys),
    };
  });
  const overlaps: Overlap[] = [];
  const byX = [...placed].sort((a, b) => a.x1 - b.x1);
  for (let i = 0; i < byX.length; i++) {
    const a = byX[i]!;
    for (let j = i + 1; j < byX.length && byX[j]!.x1 < a.x2; j++) {
      const b = byX[j]!;
      if (b.y1 >= a.y2 || a.y1 >= b.y2) continue;
      // Parts 0 and 1 are shape and label: the sum of the two meeting says which kinds meet.
      const meet = [0, 1].flatMap((k) =>
        [0, 1].filter((m) => convexOverlap(a.parts[k]!, b.parts[m]!)).map((m) => k + m),
      );
      if (meet.length)
        overlaps.push({ a: a.node.id, b: b.node.id, parts: OVERLAP_PARTS[Math.min(...meet)]! });
    }
  }
  // The graph's area in picture px (scale 1). Text measured here and as cytoscape measures it may differ by a
  // few px (hinting), so a few px past the edge is allowed.
  const s = frame.scale;
  const [w, h] = [frame.graph.width / s, frame.graph.height / s];
  const outside = placed
    .filter((p) => {
      const e = EDGE_SLACK + EDGE_SLACK_EM * p.node.font;
      return p.x1 < -e || p.y1 < -e || p.x2 > w + e || p.y2 > h + e;
    })
    .map((p) => p.node.id);
  let smallest: PictureNode | undefined;
  for (const p of placed) if (!smallest || p.node.font < smallest.font) smallest = p.node;
  return {
    nodes: picture.nodes.map((n) => n.id),
    smallestLabelPx: smallest ? smallest.font * s : 0,
    smallestLabel: smallest?.id,
    overlaps,
    outside,
  };
}
