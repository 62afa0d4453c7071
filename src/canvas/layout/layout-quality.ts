import type { GraphModel } from '../../domain/graph-model';
import type { CanvasScale, Point } from '../../view/positions';
import type { LayoutName } from '../../domain/vocabulary';
import type { LabelLangs } from '../node-metrics';
import { layoutBox } from '../node-metrics';
import { rayLabel } from '../ray-labels';
import { elbow } from '../tree-edges';
import { footprints, footprintsOverlap } from './node-footprint';

/** What a picture looks like in numbers: how readable the plan's tree and its cross-links are in it. */
export interface LayoutQuality {
  nodes: number;
  partOfEdges: number;
  supportsEdges: number;
  /** Pairs of part-of edges that cross or run over one another: straight lines, or the tree's elbows (tree-edges.ts). */
  partOfCrossings: number;
  /** The same over every shown edge, part-of and supports. */
  edgeCrossings: number;
  /** Pairs of node boxes (shape and label, node-metrics `layoutBox`) that overlap. */
  boxOverlaps: number;
  /** Part-of edges that get further from their tree's root all along (never turn back towards it). */
  outward: number;
  /** Part-of edges whose child is right of its parent. */
  rightward: number;
  /** The bounding box of the boxes. */
  width: number;
  height: number;
}

export type Segment = {
  a: Point;
  b: Point;
  from: string;
  to: string;
  partOf: boolean;
  /** The edge it is part of (an elbow has three segments). */
  edge?: string;
  /** An elbow's parent: elbows from one parent share its line and their upright, as drawn. */
  bus?: string;
};

/** Measures `positions` (where `layout` put the shown nodes at `scale`). Edges are straight lines, the tree's part-of edges elbows. */
export function layoutQuality(
  model: GraphModel,
  positions: ReadonlyMap<string, Point>,
  scale: CanvasScale = 'screen',
  /** Which layout placed them: in `radial`, deep labels run along their rays. */
  layout: LayoutName = 'tree',
  /** The labels the layout made room for. */
  langs: LabelLangs = 'both',
): LayoutQuality {
  const segments: Segment[] = [];
  let outward = 0;
  let rightward = 0;
  for (const [id, c] of positions) {
    const parent = model.parent.get(id);
    const p = parent === undefined ? undefined : positions.get(parent);
    if (!p) continue;
    if (layout === 'tree') segments.push(...elbowSegments(model, parent!, p, id, c, scale, langs));
    else segments.push({ a: p, b: c, from: parent!, to: id, partOf: true });
    const o = positions.get(rootOf(model, id))!;
    const dx = c.x - p.x;
    const dy = c.y - p.y;
    if (dx * (p.x - o.x) + dy * (p.y - o.y) >= 0 && (dx || dy)) outward++;
    if (c.x > p.x) rightward++;
  }
  const partOfEdges = new Set(segments.map((s) => s.edge ?? s)).size;
  for (const e of model.supports) {
    const [a, b] = [positions.get(e.source), positions.get(e.target)];
    if (a && b) segments.push({ a, b, from: e.source, to: e.target, partOf: false });
  }
  const crossings = crossingPairs(segments);
  return {
    nodes: positions.size,
    partOfEdges,
    supportsEdges: model.supports.filter((e) => positions.has(e.source) && positions.has(e.target)).length,
    partOfCrossings: crossings.partOf,
    edgeCrossings: crossings.all,
    boxOverlaps: boxOverlaps(model, positions, scale, layout, langs),
    outward,
    rightward,
    ...extent(model, positions, scale, layout, langs),
  };
}

/** The three segments of a tree's part-of edge, from the end of the parent's label into the child's left side. */
function elbowSegments(
  model: GraphModel,
  parent: string,
  p: Point,
  child: string,
  c: Point,
  scale: CanvasScale,
  langs: LabelLangs,
): Segment[] {
  const box = (id: string) => layoutBox(model.nodes.get(id)!, model.level.get(id)!, scale, langs);
  const pb = box(parent);
  const tip = rayLabel(0, pb.shape, pb.gap, pb.beside.width);
  const pts = elbow({ x: p.x + tip.tx, y: p.y }, { ...c, size: box(child).shape });
  const edge = `${parent}>${child}`;
  return pts.slice(1).map((b, k) => ({
    a: pts[k]!,
    b,
    from: `${edge}#${k}`,
    to: `${edge}#${k + 1}`,
    partOf: true,
    edge,
    bus: parent,
  }));
}

function rootOf(model: GraphModel, id: string): string {
  let r = id;
  for (let p = model.parent.get(r); p !== undefined; p = model.parent.get(r)) r = p;
  return r;
}

const orient = (p: Point, q: Point, r: Point) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
const within = (p: Point, q: Point, r: Point) =>
  Math.min(p.x, q.x) <= r.x &&
  r.x <= Math.max(p.x, q.x) &&
  Math.min(p.y, q.y) <= r.y &&
  r.y <= Math.max(p.y, q.y);

/**
 * Whether two segments meet anywhere but at an end they share: a crossing, one running through the other's
 * end, or the two overlapping along a line.
 */
export function segmentsCross(s: Segment, t: Segment): boolean {
  const ends = (x: Segment, id: string) => (x.from === id ? [x.a, x.b] : [x.b, x.a]);
  const shared = [s.from, s.to].filter((n) => n === t.from || n === t.to);
  if (shared.length === 2) return false;
  if (shared.length === 1) {
    // Meeting at the shared end is what a tree looks like; only running along one another is a fault.
    const [e, s1] = ends(s, shared[0]!);
    const [, t1] = ends(t, shared[0]!);
    return (
      orient(e!, s1!, t1!) === 0 && (s1!.x - e!.x) * (t1!.x - e!.x) + (s1!.y - e!.y) * (t1!.y - e!.y) > 0
    );
  }
  const [o1, o2] = [orient(s.a, s.b, t.a), orient(s.a, s.b, t.b)];
  const [o3, o4] = [orient(t.a, t.b, s.a), orient(t.a, t.b, s.b)];
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  return (
    (o1 === 0 && within(s.a, s.b, t.a)) ||
    (o2 === 0 && within(s.a, s.b, t.b)) ||
    (o3 === 0 && within(t.a, t.b, s.a)) ||
    (o4 === 0 && within(t.a, t.b, s.b))
  );
}

/** Crossing pairs, found by a sweep over x: only segments whose x-ranges overlap are compared. */
function crossingPairs(segments: readonly Segment[]): { partOf: number; all: number } {
  const sorted = [...segments].sort((s, t) => Math.min(s.a.x, s.b.x) - Math.min(t.a.x, t.b.x));
  let partOf = 0;
  let all = 0;
  const counted = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i]!;
    const right = Math.max(s.a.x, s.b.x);
    const [top, bottom] = [Math.min(s.a.y, s.b.y), Math.max(s.a.y, s.b.y)];
    for (let j = i + 1; j < sorted.length; j++) {
      const t = sorted[j]!;
      if (Math.min(t.a.x, t.b.x) > right) break;
      if (Math.max(t.a.y, t.b.y) < top || Math.min(t.a.y, t.b.y) > bottom) continue;
      if ((s.bus && s.bus === t.bus) || !segmentsCross(s, t)) continue;
      if (s.edge || t.edge) {
        const [x, y] = [s.edge ?? `${s.from}>${s.to}`, t.edge ?? `${t.from}>${t.to}`];
        const pair = x < y ? `${x}|${y}` : `${y}|${x}`;
        if (x === y || counted.has(pair)) continue;
        counted.add(pair);
      }
      all++;
      if (s.partOf && t.partOf) partOf++;
    }
  }
  return { partOf, all };
}

/** Overlapping pairs of nodes (shape or label over another's), found through a grid of cells as large as the largest. */
export function boxOverlaps(
  model: GraphModel,
  positions: ReadonlyMap<string, Point>,
  scale: CanvasScale,
  layout: LayoutName = 'tree',
  langs: LabelLangs = 'both',
): number {
  const boxes = footprints(model, positions, scale, layout, langs);
  const cell = boxes.reduce((m, b) => Math.max(m, b.x2 - b.x1, b.y2 - b.y1), 1);
  const grid = new Map<string, number[]>();
  let count = 0;
  boxes.forEach((a, i) => {
    const [cx, cy] = [Math.floor(a.x1 / cell), Math.floor(a.y1 / cell)];
    for (let gx = cx - 1; gx <= cx + 1; gx++)
      for (let gy = cy - 1; gy <= cy + 1; gy++)
        for (const j of grid.get(`${gx},${gy}`) ?? []) {
          const b = boxes[j]!;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2 && footprintsOverlap(a, b)) count++;
        }
    const key = `${cx},${cy}`;
    const list = grid.get(key);
    if (list) list.push(i);
    else grid.set(key, [i]);
  });
  return count;
}

function extent(
  model: GraphModel,
  positions: ReadonlyMap<string, Point>,
  scale: CanvasScale,
  layout: LayoutName,
  langs: LabelLangs,
) {
  const boxes = footprints(model, positions, scale, layout, langs);
  if (!boxes.length) return { width: 0, height: 0 };
  let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const b of boxes)
    [x1, x2, y1, y2] = [Math.min(x1, b.x1), Math.max(x2, b.x2), Math.min(y1, b.y1), Math.max(y2, b.y2)];
  return { width: x2 - x1, height: y2 - y1 };
}
