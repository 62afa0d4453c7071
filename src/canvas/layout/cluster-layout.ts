import type { GraphModel } from '../../domain/graph-model';
import { layoutBox } from '../node-metrics';
import type { CanvasScale } from '../../view/positions';
import type { Point, Positions } from '../../view/positions';

const GAP = 24;

/** Cell (x, y) of step `d` along a Hilbert curve filling an n × n grid (n a power of two). */
export function hilbertCell(n: number, d: number): [number, number] {
  let x = 0;
  let y = 0;
  let t = d;
  for (let s = 1; s < n; s *= 2) {
    const rx = 1 & (t / 2);
    const ry = 1 & (t ^ rx);
    if (ry === 0) {
      if (rx === 1) {
        x = s - 1 - x;
        y = s - 1 - y;
      }
      [x, y] = [y, x];
    }
    x += s * rx;
    y += s * ry;
    t = Math.floor(t / 4);
  }
  return [x, y];
}

/**
 * A compact overview of a large shown forest: nodes in outline order (parent, then its whole branch) laid along
 * a Hilbert curve over a grid of cells as large as the largest node. The curve keeps neighbours in the order
 * neighbours on the plane, so every branch is one compact patch next to its parent, and nothing overlaps.
 * Linear and deterministic: it places thousands of nodes in milliseconds where a force layout takes seconds,
 * and unlike rings or nested discs its area stays proportional to the number of nodes. The supports edges do
 * not shape it.
 *
 * `shown` must be parent-first (as `shownNodes` returns it); `origin` is where the first node goes.
 */
export function clusterLayout(
  model: GraphModel,
  shown: readonly string[],
  origin: Point,
  scale: CanvasScale = 'screen',
): Positions {
  let w = 0;
  let h = 0;
  for (const id of shown) {
    const box = layoutBox(model.nodes.get(id)!, model.level.get(id)!, scale);
    w = Math.max(w, box.width);
    h = Math.max(h, box.height);
  }
  let n = 1;
  while (n * n < shown.length) n *= 2;
  const out: Positions = new Map();
  shown.forEach((id, i) => {
    const [x, y] = hilbertCell(n, i);
    out.set(id, { x: origin.x + x * (w + GAP), y: origin.y + y * (h + GAP) });
  });
  return out;
}
