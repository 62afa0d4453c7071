import type { GraphModel } from '../../domain/graph-model';
import type { Arrangement } from '../../view/arrangement';
import type { CanvasScale, Point, Positions } from '../../view/positions';
import type { SiblingOrder } from '../../view/sibling-order';
import type { ViewOp } from '../../view/view-ops';
import type { LabelLangs } from '../node-metrics';
import { HierarchyEngine } from './hierarchy-engine';
import { LayoutEngine } from './layout-engine';

/** What the layout worker (or the page, where there are no workers) asks positions of. */
export interface PositionsEngine {
  positionsFor(ops: readonly ViewOp[]): Positions;
  destroy(): void;
}

export interface EngineOptions {
  /** Start-view positions laid out at `scale` (the build's start layout); only `network` uses them. */
  startPositions?: ReadonlyMap<string, Point>;
  scale?: CanvasScale;
  /** Siblings in document order (view/sibling-order.ts); without it, by paragraph, then file order. */
  siblingOrder?: SiblingOrder;
  /** The labels `radial` and `tree` make room for (node-metrics `labelLangs`); the network's are both. */
  langs?: LabelLangs;
}

/**
 * The engine of a layout: `network` is the force layout (layout-engine.ts: fcose in a headless cytoscape
 * mirror); `radial`, `tree` and `portrait` are tidy layouts of the hierarchy (hierarchy-engine.ts), start view too.
 */
export function createLayoutEngine(
  model: GraphModel,
  layout: Arrangement = 'network',
  options: EngineOptions = {},
): PositionsEngine {
  const scale = options.scale ?? 'screen';
  if (layout === 'network') return new LayoutEngine(model, options.startPositions, scale);
  return new HierarchyEngine(model, layout, {
    scale,
    siblingOrder: options.siblingOrder,
    langs: options.langs,
  });
}
