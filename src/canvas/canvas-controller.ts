import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { GraphModel } from '../domain/graph-model';
import { useApp, type AppState } from '../store/app-store';
import { expandedAfter, hiddenChildCount } from '../view/view-ops';
import { visibleGraph } from '../view/visible-graph';
import { canvasStyle, badgeImage } from './canvas-style';
import { LayoutEngine, type Point, type Positions } from './layout/layout-engine';
import { layoutBox } from './node-metrics';
import { readCanvasTokens } from './theme-tokens';

type Store = typeof useApp;

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Owns the one cytoscape instance: created once, updated in place from the store, destroyed on unmount.
 * Nothing outside src/canvas ever sees `cy`.
 */
export class CanvasController {
  private readonly cy: Core;
  private engine?: LayoutEngine;
  private model?: GraphModel;
  private readonly unsubscribe: () => void;

  constructor(
    container: HTMLElement,
    private readonly store: Store,
  ) {
    this.cy = cytoscape({
      container,
      style: canvasStyle(readCanvasTokens()),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
    });
    this.bindEvents();
    this.unsubscribe = store.subscribe((state, prev) => this.sync(state, prev));
    this.sync(store.getState(), undefined);
  }

  destroy(): void {
    this.unsubscribe();
    this.engine?.destroy();
    this.cy.destroy();
  }

  /** Test and benchmark hook: node positions in graph coordinates. */
  positions(): Record<string, Point> {
    const out: Record<string, Point> = {};
    this.cy.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  }

  private bindEvents(): void {
    // Bound once; handlers read the store at call time.
    this.cy.on('tap', 'node', (e) => {
      const id = (e.target as NodeSingular).id();
      this.store.getState().tapNode(id);
    });
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.store.getState().select(null);
    });
  }

  private sync(state: AppState, prev: AppState | undefined): void {
    if (!state.model) return;
    if (state.model !== this.model) {
      this.engine?.destroy();
      this.model = state.model;
      this.engine = new LayoutEngine(state.model);
      this.cy.elements().remove();
      this.render(state, true);
      return;
    }
    if (!prev) return;
    if (state.theme !== prev.theme) this.cy.style(canvasStyle(readCanvasTokens()));
    if (
      state.ops !== prev.ops ||
      state.hiddenKinds !== prev.hiddenKinds ||
      state.hiddenRelations !== prev.hiddenRelations
    )
      this.render(state, false);
    else if (state.lang !== prev.lang || state.theme !== prev.theme) this.refreshLabels(state);
  }

  private render(state: AppState, first: boolean): void {
    const model = state.model!;
    const expanded = expandedAfter(model, state.ops);
    const layout = this.engine!.positionsFor(state.ops);
    const vis = visibleGraph(model, expanded, state);
    const wanted = new Set([...vis.nodes, ...vis.edges.map((e) => e.id)]);
    const animate = !first && !prefersReducedMotion();
    const ink = readCanvasTokens().badgeInk;
    const moves: [NodeSingular, Point][] = [];

    this.cy.batch(() => {
      this.cy.elements().forEach((el) => {
        if (!wanted.has(el.id())) el.remove();
      });
      for (const id of vis.nodes) {
        const node = model.nodes.get(id)!;
        const target = displayPosition(model, id, layout);
        const existing = this.cy.getElementById(id);
        const data = nodeData(model, id, state, expanded, ink);
        if (existing.nonempty()) {
          existing.data(data);
          const p = existing.position();
          if (Math.abs(p.x - target.x) > 0.01 || Math.abs(p.y - target.y) > 0.01)
            moves.push([existing, target]);
          continue;
        }
        const from = animate ? this.parentPosition(model, id) : undefined;
        const added = this.cy.add({
          group: 'nodes',
          data,
          position: from ?? target,
          classes: `k-${node.kind}`,
        });
        if (from) moves.push([added, target]);
      }
      for (const e of vis.edges) {
        if (this.cy.getElementById(e.id).nonempty()) continue;
        this.cy.add({
          group: 'edges',
          data: { id: e.id, source: e.source, target: e.target },
          classes: `r-${e.relation}${e.bridged ? ' bridged' : ''}`,
        });
      }
    });

    for (const [node, to] of moves) {
      if (animate) node.animate({ position: to }, { duration: 300, easing: 'ease-out-cubic' });
      else node.position(to);
    }
    if (first) this.cy.fit(undefined, 40);
  }

  private parentPosition(model: GraphModel, id: string): Point | undefined {
    for (let p = model.parent.get(id); p !== undefined; p = model.parent.get(p)) {
      const el = this.cy.getElementById(p);
      if (el.nonempty()) return { ...el.position() };
    }
    return undefined;
  }

  private refreshLabels(state: AppState): void {
    const model = state.model!;
    const expanded = expandedAfter(model, state.ops);
    const ink = readCanvasTokens().badgeInk;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.data(nodeData(model, n.id(), state, expanded, ink));
      });
    });
  }
}

function nodeData(
  model: GraphModel,
  id: string,
  state: AppState,
  expanded: ReadonlySet<string>,
  ink: string,
) {
  const node = model.nodes.get(id)!;
  const hidden = hiddenChildCount(model, expanded, id);
  return {
    id,
    label: node.label[state.lang],
    hidden,
    badge: hidden > 0 ? badgeImage(hidden, ink) : undefined,
  };
}

/** The layout places a node's whole box (shape + label); the canvas positions the shape's centre. */
function displayPosition(model: GraphModel, id: string, layout: Positions): Point {
  const p = layout.get(id) ?? { x: 0, y: 0 };
  const box = layoutBox(model.nodes.get(id)!);
  return { x: p.x, y: p.y - box.labelHeight / 2 };
}
