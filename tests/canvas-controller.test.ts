// @vitest-environment jsdom
import 'vitest-canvas-mock';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CanvasController } from '../src/canvas/canvas-controller';
import type { PositionSource } from '../src/canvas/layout-scheduler';
import { createSceneSelector, type CanvasScene, type SceneSource } from '../src/view/canvas-scene';
import type { Positions } from '../src/view/positions';
import { expandedAfter, shownNodes, type ViewOp } from '../src/view/view-ops';
import { initialView } from '../src/view/view-state';
import { miniModel, taiguModel } from './helpers/load';

/**
 * The canvas in jsdom with a stand-in for the layout worker: the start view's positions are known at once (as the
 * shipped start layout makes them), every other log waits for a reply the test gives when it chooses.
 */
const taigu = taiguModel();

class FakeWorker implements PositionSource {
  readonly asked: (readonly ViewOp[])[] = [];
  private readonly replies: (() => void)[] = [];
  constructor(private readonly model = taigu) {}
  positionsFor(ops: readonly ViewOp[]): Positions | Promise<Positions> {
    this.asked.push(ops);
    const positions = this.grid(ops);
    if (ops.length === 0) return positions;
    return new Promise((resolve) => this.replies.push(() => resolve(positions)));
  }
  /** Answers every request still waiting, oldest first. */
  async replyAll(): Promise<void> {
    for (const reply of this.replies.splice(0)) reply();
    await new Promise((r) => setTimeout(r, 0));
  }
  destroy(): void {}
  private grid(ops: readonly ViewOp[]): Positions {
    const ids = shownNodes(this.model, expandedAfter(this.model, ops));
    return new Map(ids.map((id, i) => [id, { x: (i % 20) * 150, y: Math.floor(i / 20) * 120 }]));
  }
}

let container: HTMLDivElement;
let worker: FakeWorker;
let controller: CanvasController;
let state: SceneSource;
const select = createSceneSelector();
const scene = (patch: Partial<SceneSource>): CanvasScene => {
  state = { ...state, ...patch };
  return select(state)!;
};
const mark = () => container.getAttribute('data-layout');
const zoom = () => controller.viewport().zoom;

beforeAll(() => {
  // Reduced motion: every camera move and every new node lands at once, so the test reads final positions.
  window.matchMedia = ((query: string) => ({
    matches: query.includes('reduce'),
  })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

beforeEach(() => {
  container = document.createElement('div');
  container.style.padding = '0px'; // cytoscape subtracts the computed padding from the size
  Object.defineProperty(container, 'clientWidth', { value: 1200 });
  Object.defineProperty(container, 'clientHeight', { value: 800 });
  document.body.append(container);
  worker = new FakeWorker();
  controller = new CanvasController(
    container,
    { tapNode() {}, select() {}, reportViewport() {}, connectNodes() {}, canConnect: () => false },
    { positions: (model) => (model === taigu ? worker : new FakeWorker(model)) },
  );
  state = { ...initialView(), model: taigu, tour: null, tours: [], kiosk: { on: false }, paragraphs: [] };
  controller.show(scene({}));
});
afterEach(() => {
  controller.destroy();
  container.remove();
});

/** Opens everything: positions are on their way from the worker. */
function expandAllPending() {
  controller.show(scene({ ops: [{ op: 'all' }] }));
  expect(mark()).toBe('running');
}

describe('the canvas while a layout is on its way', () => {
  it('is idle with the start view drawn at once', () => {
    expect(mark()).toBe('idle');
    expect(controller.introspection().positions()[taigu.roots[0]!]).toBeDefined();
  });

  it('collapse all while expand all is being laid out: idle again, and the zoom buttons work at once', async () => {
    expandAllPending();
    controller.show(scene({ ops: [] })); // collapse all: a new, empty log whose positions are known
    expect(mark()).toBe('idle');
    const before = zoom();
    controller.moveCamera({ to: 'zoom', direction: 'in' }, false);
    expect(zoom()).toBeCloseTo(before * 1.25, 5);
    await worker.replyAll(); // the stale reply draws nothing and changes nothing
    expect(mark()).toBe('idle');
    const shown = Object.keys(controller.introspection().positions());
    expect(shown).toHaveLength(shownNodes(taigu, expandedAfter(taigu, [])).length);
  });

  it('reset view (the start view and the home camera) while a layout is on its way', () => {
    expandAllPending();
    controller.show(scene({ ...initialView() }));
    controller.moveCamera({ to: 'home' }, false);
    expect(mark()).toBe('idle');
    controller.moveCamera({ to: 'zoom', direction: 'out' }, false);
    expect(zoom()).toBeLessThan(1.5);
  });

  it("the kiosk's reset to its start while a visitor's branch is being laid out", () => {
    controller.show(scene({ kiosk: { on: true } }));
    controller.show(scene({ ops: [{ op: 'expand', id: 'goal-agri-hi-tech-zone' }] }));
    expect(mark()).toBe('running');
    controller.show(scene({ ...initialView() }));
    expect(mark()).toBe('idle');
  });

  it('another graph opened while a layout of the old one is on its way', async () => {
    expandAllPending();
    const mini = miniModel();
    controller.show(scene({ model: mini, ops: [] }));
    expect(mark()).toBe('idle');
    await worker.replyAll();
    expect(Object.keys(controller.introspection().positions()).sort()).toEqual(
      shownNodes(mini, expandedAfter(mini, [])).sort(),
    );
  });

  it('a filter changed while a layout is on its way: one request, running until it answers, then idle', async () => {
    expandAllPending();
    controller.show(scene({ hiddenKinds: ['measure'] }));
    expect(mark()).toBe('running');
    expect(worker.asked.filter((ops) => ops.length > 0)).toHaveLength(1);
    await worker.replyAll();
    expect(mark()).toBe('idle');
    const drawn = Object.keys(controller.introspection().positions());
    expect(drawn.some((id) => taigu.nodes.get(id)!.kind === 'measure')).toBe(false);
  });

  it('a camera move asked for while waiting is carried out once the positions are drawn', async () => {
    expandAllPending();
    const asked = { zoom: 0.5, pan: { x: 10, y: 20 } };
    controller.moveCamera({ to: 'viewport', viewport: asked });
    expect(controller.viewport()).not.toEqual(asked);
    await worker.replyAll();
    expect(controller.viewport()).toEqual(asked);
  });
});
