import type { GraphModel } from '../../domain/graph-model';
import { shownAfter } from '../../view/expanded';
import type { ViewOp } from '../../view/view-ops';
import type { Arrangement } from '../../view/arrangement';
import type { CanvasScale, Point, Positions } from '../../view/positions';
import type { SiblingOrder } from '../../view/sibling-order';
import type { PositionsEngine } from './create-engine';
import type { LayoutReply, LayoutRequest } from './layout.worker';

export interface LayoutClientOptions {
  /** Which layout (`network` when absent). */
  layout?: Arrangement;
  /** Siblings in document order for `radial` and `tree` (view/sibling-order.ts `siblingOrder`). */
  siblingOrder?: SiblingOrder;
}

const spawn = () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
/** A layout worker started ahead of its graph, so its script (cytoscape and fcose) loads while the data does. */
let spare: Worker | undefined;

/** Starts a layout worker for the next graph when it will need one at once (no build-time start layout). */
export function prestartLayoutWorker(): void {
  if (typeof Worker !== 'undefined') spare ??= spawn();
}

/**
 * The page's side of the layout: asks the layout worker for the positions of a view log and resolves with them.
 * The start view of a shipped graph needs no worker at all (its positions come with the data). Where there are
 * no workers (unit tests), the same engine runs here.
 */
export class LayoutClient {
  private readonly worker?: Worker;
  private inline?: Promise<PositionsEngine>;
  private readonly layout: Arrangement;
  /** Start positions this layout can use: the build's start layout is a `network` one. */
  private readonly start?: ReadonlyMap<string, Point>;
  private seq = 0;
  private readonly waiting = new Map<number, (p: Positions) => void>();

  constructor(
    private readonly model: GraphModel,
    startPositions?: ReadonlyMap<string, Point>,
    /** The label size the layout leaves room for; `startPositions` must have been laid out at it. */
    private readonly scale: CanvasScale = 'screen',
    private readonly options: LayoutClientOptions = {},
  ) {
    this.layout = options.layout ?? 'network';
    this.start = this.layout === 'network' ? startPositions : undefined;
    if (typeof Worker === 'undefined') return;
    this.worker = spare ?? spawn();
    spare = undefined;
    this.worker.onmessage = (e: MessageEvent<LayoutReply>) => this.receive(e.data);
    const init: LayoutRequest = {
      type: 'init',
      graph: model.graph,
      start: this.start && [...this.start],
      scale,
      layout: this.layout,
      siblingOrder: options.siblingOrder && [...options.siblingOrder],
    };
    this.worker.postMessage(init);
  }

  /** Positions of the shown nodes after `ops`, immediately when they are already known. */
  positionsFor(ops: readonly ViewOp[]): Positions | Promise<Positions> {
    const start = this.knownStart(ops);
    if (start) return start;
    if (!this.worker) {
      this.inline ??= import('./create-engine').then((m) =>
        m.createLayoutEngine(this.model, this.layout, {
          startPositions: this.start,
          scale: this.scale,
          siblingOrder: this.options.siblingOrder,
        }),
      );
      return this.inline.then((engine) => engine.positionsFor(ops));
    }
    const seq = ++this.seq;
    const request: LayoutRequest = { type: 'layout', seq, ops: [...ops] };
    this.worker.postMessage(request);
    return new Promise((resolve) => this.waiting.set(seq, resolve));
  }

  destroy(): void {
    this.worker?.terminate();
    void this.inline?.then((engine) => engine.destroy());
    this.waiting.clear();
  }

  private knownStart(ops: readonly ViewOp[]): Positions | undefined {
    const start = this.start;
    if (ops.length || !start) return undefined;
    const ids = shownAfter(this.model, ops);
    if (!ids.every((id) => start.has(id))) return undefined;
    return new Map(ids.map((id) => [id, start.get(id)!]));
  }

  private receive(reply: LayoutReply): void {
    const resolve = this.waiting.get(reply.seq);
    if (!resolve) return;
    this.waiting.delete(reply.seq);
    const out: Positions = new Map();
    reply.ids.forEach((id, i) => out.set(id, { x: reply.xy[2 * i]!, y: reply.xy[2 * i + 1]! }));
    resolve(out);
  }
}
