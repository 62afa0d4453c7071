import type { GraphModel } from '../domain/graph-model';
import type { Arrangement } from '../view/arrangement';
import type { SiblingOrder } from '../view/sibling-order';
import type { CanvasScale, Point, Positions } from '../view/positions';
import type { ViewOp } from '../view/view-ops';
import { LayoutClient } from './layout/layout-client';
import type { Lang } from '../i18n/lang';
import { labelLangs } from './node-metrics';

/** Where positions come from: the layout worker's client, or a stand-in in tests. */
export interface PositionSource {
  positionsFor(ops: readonly ViewOp[]): Positions | Promise<Positions>;
  destroy(): void;
}

export interface PositionSourceOptions {
  startPositions?: ReadonlyMap<string, Point>;
  scale: CanvasScale;
  layout: Arrangement;
  /** Siblings in document order, for the hierarchical layouts. */
  order?: SiblingOrder;
  /** The language shown: the hierarchical layouts make room for its labels (node-metrics `labelLangs`). */
  lang: Lang;
}

export type PositionSourceFactory = (model: GraphModel, options: PositionSourceOptions) => PositionSource;

const workerSource: PositionSourceFactory = (model, o) =>
  new LayoutClient(model, o.startPositions, o.scale, {
    layout: o.layout,
    siblingOrder: o.order,
    langs: labelLangs(o.layout, o.lang),
  });

/**
 * Positions for the latest view log of one graph. Only the latest request counts: a reply to an older one is
 * dropped, and the moment positions for the latest log are known (at once, or from the worker) nothing is
 * pending any more, however many requests were in flight.
 */
export class LayoutScheduler {
  private readonly client: PositionSource;
  private latest?: readonly ViewOp[];
  private ready?: (positions: Positions) => void;
  /** The log whose positions the worker is computing. */
  private inFlight?: readonly ViewOp[];
  private laidOut?: { ops: readonly ViewOp[]; positions: Positions };
  private waiting = false;
  private destroyed = false;

  constructor(
    model: GraphModel,
    options: PositionSourceOptions,
    private readonly onPending: (pending: boolean) => void,
    source: PositionSourceFactory = workerSource,
  ) {
    this.client = source(model, options);
  }

  /** Whether positions for the latest log are still on their way from the worker. */
  get pending(): boolean {
    return this.waiting;
  }

  /** Calls `ready` with the positions of `ops`: synchronously when they are known, else when the worker replies. */
  request(ops: readonly ViewOp[], ready: (positions: Positions) => void): void {
    this.latest = ops;
    this.ready = ready;
    if (this.laidOut?.ops === ops) return this.settle(this.laidOut.positions);
    // The same log asked for again (a filter changed meanwhile): the reply on its way answers both.
    if (this.inFlight === ops) return;
    const result = this.client.positionsFor(ops);
    if (!(result instanceof Promise)) {
      this.laidOut = { ops, positions: result };
      return this.settle(result);
    }
    this.inFlight = ops;
    this.setWaiting(true);
    void result.then((positions) => {
      if (this.inFlight === ops) this.inFlight = undefined;
      // Superseded (the newer request answers), or answered already by an earlier reply for the same log.
      if (this.destroyed || this.latest !== ops || this.laidOut?.ops === ops) return;
      this.laidOut = { ops, positions };
      this.settle(positions);
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.client.destroy();
  }

  private settle(positions: Positions): void {
    this.inFlight = undefined;
    this.setWaiting(false);
    this.ready?.(positions);
  }

  private setWaiting(waiting: boolean): void {
    if (waiting === this.waiting) return;
    this.waiting = waiting;
    this.onPending(waiting);
  }
}
