/// <reference lib="webworker" />
import { buildModel } from '../../domain/graph-model';
import type { GraphFile } from '../../domain/schema';
import type { ViewOp } from '../../view/view-ops';
import type { Arrangement } from '../../view/arrangement';
import type { CanvasScale, Point } from '../../view/positions';
import type { LabelLangs } from '../node-metrics';
import { createLayoutEngine, type PositionsEngine } from './create-engine';

/** Layout runs here, off the page's thread: a large step may take seconds and the page must stay responsive. */
export type LayoutRequest =
  | {
      type: 'init';
      graph: GraphFile;
      start?: [string, Point][];
      scale: CanvasScale;
      /** Which layout; `network` when absent. */
      layout?: Arrangement;
      /** Siblings in document order (view/sibling-order.ts), worked out where the source text is. */
      siblingOrder?: string[];
      /** The labels `radial` and `tree` make room for. */
      langs?: LabelLangs;
    }
  | { type: 'layout'; seq: number; ops: ViewOp[] };

export interface LayoutReply {
  seq: number;
  ids: string[];
  /** x0, y0, x1, y1 … in the order of `ids`: one transferable buffer instead of thousands of objects. */
  xy: Float64Array;
  ms: number;
}

let engine: PositionsEngine | undefined;

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const msg = e.data;
  if (msg.type === 'init') {
    engine?.destroy();
    engine = createLayoutEngine(buildModel(msg.graph), msg.layout, {
      startPositions: msg.start ? new Map(msg.start) : undefined,
      scale: msg.scale,
      siblingOrder: msg.siblingOrder,
      langs: msg.langs,
    });
    return;
  }
  const t0 = performance.now();
  const positions = engine!.positionsFor(msg.ops);
  const ids = [...positions.keys()];
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = positions.get(id)!;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  const reply: LayoutReply = { seq: msg.seq, ids, xy, ms: performance.now() - t0 };
  (self as unknown as Worker).postMessage(reply, [xy.buffer]);
};
