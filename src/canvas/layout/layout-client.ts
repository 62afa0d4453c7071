import type { GraphModel } from '../../domain/graph-model';
import { shownAfter } from '../../view/expanded';
import type { ViewOp } from '../../view/view-ops';
import type { Arrangement } from '../../view/arrangement';
import type { CanvasScale, Point, Positions } from '../../view/positions';
import type { SiblingOrder } from '../../view/sibling-order';
import type { PositionsEngine } from './create-engine';
import type { LayoutReply, LayoutRequest } from './layout.worker';
import type { LabelLangs } from '../node-metrics';

export interface LayoutClientOptions {
  /** Which layout (`network` when absent). */
  layout?: Arrangement;
  /** Siblings in document order for `radial` and `tree` (view/sibling-order.ts `siblingOrder`). */
  siblingOrder?: SiblingOrder;
  /** The labels `radial` and `tree` make room for (node-metrics `labelLangs`). */
  langs?: LabelLangs;
}

const spawn = () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
/** A layout worker started ahead of its graph, so its script (cytoscape and fcose) loads while the data does. */
let spare: Worker | undefined;

/** Starts a layout worker for the next graph when it will need one at once (no build-time start layout). */
export function prestartLayoutWorker(): void {
  if (typeof Worker !== 'undefined') spare ??= spawn();
}

/** Once the page is idle (or soon, where browsers cannot tell). */
const idle = (run: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 3000 })
    : setTimeout(run, 200);

/**
 * The page's side of the layout: asks the layout worker for the positions of a view log and resolves with them.
 * The start view of a shipped graph needs no worker at all (its positions come with the data). Where there are
 * no workers (unit tests), the same engine runs here.
 */
export class LayoutClient {
  private worker?: Worker;
  private destroyed = false;
  private inline?: Promise<PositionsEngine>;
  private readonly layout: Arrangement;
  /** The start view's positions, laid out by this client's layout when the data was built. */
  private readonly start?: ReadonlyMap<string, Point>;
  private seq = 0;
  private readonly waiting = new Map<number, (p: Positions) => void>();

  constructor(
    private readonly model: GraphModel,
    startPositions?: ReadonlyMap<string, Point>,
    /** The label size the layout leaves room for; `startPositions` must have been laid out at it, by `layout`. */
    private readonly scale: CanvasScale = 'screen',
    private readonly options: LayoutClientOptions = {},
  ) {
    this.layout = options.layout ?? 'network';
    this.start = startPositions;
    if (typeof Worker === 'undefined') return;
    // A start view that comes with the data needs no worker: its script (cytoscape, fcose) loads once the page is
    // idle, ready for the first expand, instead of competing with the first view for the network and the CPU.
    if (this.start) idle(() => this.connect());
    else this.connect();
  }

  private connect(): Worker | undefined {
    if (this.worker || this.destroyed || typeof Worker === 'undefined') return this.worker;
    const worker = (this.worker = spare ?? spawn());
    spare = undefined;
    worker.onmessage = (e: MessageEvent<LayoutReply>) => this.receive(e.data);
    const init: LayoutRequest = {
      type: 'init',
      graph: this.model.graph,
      // Only the force layout builds on the start view; the tidy layouts compute it again, to the same place.
      start: this.layout === 'network' && this.start ? [...this.start] : undefined,
      scale: this.scale,
      layout: this.layout,
      siblingOrder: this.options.siblingOrder && [...this.options.siblingOrder],
      langs: this.options.langs,
    };
    worker.postMessage(init);
    return worker;
  }

  /** Positions of the shown nodes after `ops`, immediately when they are already known. */
  positionsFor(ops: readonly ViewOp[]): Positions | Promise<Positions> {
    const start = this.knownStart(ops);
    if (start) return start;
    const worker = this.connect();
    if (!worker) {
      this.inline ??= import('./create-engine').then((m) =>
        m.createLayoutEngine(this.model, this.layout, {
          startPositions: this.layout === 'network' ? this.start : undefined,
          scale: this.scale,
          siblingOrder: this.options.siblingOrder,
          langs: this.options.langs,
        }),
      );
      return this.inline.then((engine) => engine.positionsFor(ops));
    }
    const seq = ++this.seq;
    const request: LayoutRequest = { type: 'layout', seq, ops: [...ops] };
    worker.postMessage(request);
    return new Promise((resolve) => this.waiting.set(seq, resolve));
  }

  destroy(): void {
    this.destroyed = true;
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
