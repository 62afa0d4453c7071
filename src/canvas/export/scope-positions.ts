import type { GraphModel } from '../../domain/graph-model';
import type { ViewOp } from '../../view/view-ops';
import { LayoutEngine, type Point, type Positions } from '../layout/layout-engine';

let last: { model: GraphModel; key: string; positions: Positions } | undefined;

/**
 * Layout positions for a scope's view log. The one door through which exports reach the layout: when the layout
 * moves into a Web Worker, only this function changes. The last answer is kept (the dialog asks repeatedly while
 * the reader changes size and background).
 */
export async function scopePositions(
  model: GraphModel,
  ops: readonly ViewOp[],
  startPositions?: ReadonlyMap<string, Point>,
): Promise<Positions> {
  const key = JSON.stringify(ops);
  if (last && last.model === model && last.key === key) return last.positions;
  const engine = new LayoutEngine(model, startPositions);
  try {
    const positions = engine.positionsFor(ops);
    last = { model, key, positions };
    return positions;
  } finally {
    engine.destroy();
  }
}
