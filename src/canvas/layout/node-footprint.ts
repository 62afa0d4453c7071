import type { GraphModel } from '../../domain/graph-model';
import type { LayoutName } from '../../domain/vocabulary';
import type { CanvasScale, Point } from '../../view/positions';
import { KIND_SHAPES } from '../kind-shapes';
import { layoutBox, rayBox, type LabelLangs } from '../node-metrics';
import { hasRayLabel, rayAngle, rayLabel, treeRootOf } from '../ray-labels';

/** A node's place on the picture: its shape and its label as convex outlines, and the box round both. */
export interface Footprint {
  id: string;
  parts: Point[][];
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const rect = (cx: number, cy: number, w: number, h: number, angle = 0): Point[] => {
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return [
    [-w / 2, -h / 2],
    [w / 2, -h / 2],
    [w / 2, h / 2],
    [-w / 2, h / 2],
  ].map(([x, y]) => ({ x: cx + c * x! - s * y!, y: cy + s * x! + c * y! }));
};

/**
 * Where each shown node's shape and label lie when the layout placed them at `positions` (node-metrics boxes, the
 * wider language's label): beneath the shape, or along the node's ray in the radial layout (ray-labels.ts).
 */
export function footprints(
  model: GraphModel,
  positions: ReadonlyMap<string, Point>,
  scale: CanvasScale,
  layout: LayoutName,
  langs: LabelLangs = 'both',
): Footprint[] {
  return [...positions].map(([id, p]) => {
    const level = model.level.get(id)!;
    const box = layoutBox(model.nodes.get(id)!, level, scale, langs);
    const lines = box.labelHeight - box.gap;
    let parts: Point[][];
    if (hasRayLabel(layout, level)) {
      const c = positions.get(treeRootOf(model, id)) ?? p;
      const angle = rayAngle(layout, p, c);
      const run = rayBox(box, layout);
      const ray = rayLabel(angle, box.shape, box.gap, run.width);
      // Shapes are drawn upright; a round one fits the circle of its size, so the square along its ray holds it.
      const round = KIND_SHAPES[model.nodes.get(id)!.kind] === 'ellipse';
      parts = [
        rect(p.x, p.y, box.shape, box.shape, round ? angle : 0),
        rect(p.x + ray.mx, p.y + ray.my, run.width, run.lines, ray.rot),
      ];
    } else {
      const top = p.y - box.height / 2;
      parts = [
        rect(p.x, top + box.shape / 2, box.shape, box.shape),
        rect(p.x, top + box.shape + box.gap + lines / 2, box.labelWidth, lines),
      ];
    }
    const all = parts.flat();
    const xs = all.map((q) => q.x);
    const ys = all.map((q) => q.y);
    return { id, parts, x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
  });
}

/** Whether two convex outlines overlap (by more than a hair: touching is not overlapping). */
export function convexOverlap(a: readonly Point[], b: readonly Point[]): boolean {
  for (const poly of [a, b])
    for (let i = 0; i < poly.length; i++) {
      const [p, q] = [poly[i]!, poly[(i + 1) % poly.length]!];
      const [nx, ny] = [q.y - p.y, p.x - q.x];
      const len = Math.hypot(nx, ny) || 1;
      const project = (pts: readonly Point[]) => pts.map((r) => (r.x * nx + r.y * ny) / len);
      const [pa, pb] = [project(a), project(b)];
      if (Math.max(...pa) <= Math.min(...pb) + 0.01 || Math.max(...pb) <= Math.min(...pa) + 0.01)
        return false;
    }
  return true;
}

/** Whether any part of one footprint overlaps any part of the other. */
export const footprintsOverlap = (a: Footprint, b: Footprint): boolean =>
  a.parts.some((p) => b.parts.some((q) => convexOverlap(p, q)));
