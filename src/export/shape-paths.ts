import { KIND_SHAPES } from '../canvas/kind-shapes';
import type { NodeKind } from '../domain/vocabulary';

/**
 * Node shapes as SVG path data, built the way cytoscape builds its polygons (unit n-gons stretched to the
 * square), so the legend and the SVG export draw what the canvas draws. Canvas 2D draws the same data through
 * Path2D.
 */

function ngon(sides: number, rotation = 0): number[] {
  const inc = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + inc / 2 : Math.PI / 2) + rotation;
  const pts: number[] = [];
  for (let i = 0; i < sides; i++) pts.push(Math.cos(start + i * inc), Math.sin(-(start + i * inc)));
  return pts;
}

function fitToSquare(pts: number[]): number[] {
  const xs = pts.filter((_, i) => i % 2 === 0);
  const ys = pts.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = pts.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minX = Math.min(...scaled.filter((_, i) => i % 2 === 0));
  const minY = Math.min(...scaled.filter((_, i) => i % 2 === 1));
  return scaled.map((v, i) => v + (i % 2 === 0 ? -1 - minX : -1 - minY));
}

function star(): number[] {
  const outer = ngon(5);
  const inner = ngon(5, Math.PI / 5).map((v) => v * 0.5 * (3 - Math.sqrt(5)) * 1.57);
  const pts: number[] = [];
  for (let i = 0; i < 5; i++) pts.push(outer[2 * i]!, outer[2 * i + 1]!, inner[2 * i]!, inner[2 * i + 1]!);
  return fitToSquare(pts);
}

const POLYGONS: Record<string, () => number[]> = {
  triangle: () => fitToSquare(ngon(3)),
  rectangle: () => [-1, -1, 1, -1, 1, 1, -1, 1],
  diamond: () => [0, 1, 1, 0, 0, -1, -1, 0],
  pentagon: () => fitToSquare(ngon(5)),
  hexagon: () => fitToSquare(ngon(6)),
  octagon: () => fitToSquare(ngon(8)),
  star,
  rhomboid: () => [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  'concave-hexagon': () => [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  tag: () => [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
  'round-tag': () => [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
};

const r = (n: number) => Math.round(n * 100) / 100;

/** Path data of a shape of size w × h centred on (cx, cy). */
export function shapePath(shape: string, cx: number, cy: number, w: number, h: number): string {
  const hw = w / 2;
  const hh = h / 2;
  if (shape === 'ellipse')
    return (
      `M${r(cx - hw)} ${r(cy)}A${r(hw)} ${r(hh)} 0 1 0 ${r(cx + hw)} ${r(cy)}` +
      `A${r(hw)} ${r(hh)} 0 1 0 ${r(cx - hw)} ${r(cy)}Z`
    );
  if (shape === 'round-rectangle' || shape === 'barrel') {
    const rad = shape === 'barrel' ? Math.min(w, h) * 0.24 : Math.min(w / 4, h / 4, 8);
    const [x1, y1, x2, y2] = [cx - hw, cy - hh, cx + hw, cy + hh];
    return (
      `M${r(x1 + rad)} ${r(y1)}H${r(x2 - rad)}Q${r(x2)} ${r(y1)} ${r(x2)} ${r(y1 + rad)}` +
      `V${r(y2 - rad)}Q${r(x2)} ${r(y2)} ${r(x2 - rad)} ${r(y2)}H${r(x1 + rad)}` +
      `Q${r(x1)} ${r(y2)} ${r(x1)} ${r(y2 - rad)}V${r(y1 + rad)}Q${r(x1)} ${r(y1)} ${r(x1 + rad)} ${r(y1)}Z`
    );
  }
  const pts = (POLYGONS[shape] ?? POLYGONS.rectangle!)();
  let d = '';
  for (let i = 0; i < pts.length; i += 2)
    d += `${i ? 'L' : 'M'}${r(cx + pts[i]! * hw)} ${r(cy + pts[i + 1]! * hh)}`;
  return `${d}Z`;
}

export const kindPath = (kind: NodeKind, cx: number, cy: number, size: number) =>
  shapePath(KIND_SHAPES[kind], cx, cy, size, size);

/**
 * A convex outline holding the shape of size `size` centred on (cx, cy), for overlap checks: the polygon itself
 * where it is convex, a 16-gon round an ellipse, else the square it fits in.
 */
export function shapeOutline(
  shape: string,
  cx: number,
  cy: number,
  size: number,
): { x: number; y: number }[] {
  const half = size / 2;
  if (shape === 'ellipse') {
    const out = half / Math.cos(Math.PI / 16);
    return Array.from({ length: 16 }, (_, i) => {
      const a = ((i + 0.5) * Math.PI) / 8;
      return { x: cx + out * Math.cos(a), y: cy + out * Math.sin(a) };
    });
  }
  const convex = POLYGONS[shape] && shape !== 'star' && shape !== 'concave-hexagon';
  const pts = convex ? POLYGONS[shape]!() : POLYGONS.rectangle!();
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < pts.length; i += 2) out.push({ x: cx + pts[i]! * half, y: cy + pts[i + 1]! * half });
  return out;
}
