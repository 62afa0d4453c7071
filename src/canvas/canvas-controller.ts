import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { GraphModel } from '../domain/graph-model';
import type { useApp, AppState } from '../store/app-store';
import { expandedAfter, hiddenChildCount } from '../view/view-ops';
import { visibleGraph } from '../view/visible-graph';
import { canvasStyle } from './canvas-style';
import { displayPosition, edgeElement, nodeData, nodeElement } from './elements';
import { LayoutEngine, type Point } from './layout/layout-engine';
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

  /** Test and benchmark probe: node positions in graph coordinates. */
  positions(): Record<string, Point> {
    const out: Record<string, Point> = {};
    this.cy.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  }

  private bindEvents(): void {
    // Bound once; handlers read the store at call time.
    this.cy.on('tap', 'node', (e) => this.store.getState().tapNode((e.target as NodeSingular).id()));
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
    const shapeChanged =
      state.ops !== prev.ops ||
      state.hiddenKinds !== prev.hiddenKinds ||
      state.hiddenRelations !== prev.hiddenRelations;
    if (shapeChanged) this.render(state, false);
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
        const target = displayPosition(model, id, layout);
        const existing = this.cy.getElementById(id);
        const hidden = hiddenChildCount(model, expanded, id);
        if (existing.nonempty()) {
          existing.data(nodeData(model, id, state.lang, hidden, ink));
          const p = existing.position();
          if (Math.abs(p.x - target.x) > 0.01 || Math.abs(p.y - target.y) > 0.01)
            moves.push([existing, target]);
          continue;
        }
        const from = animate ? this.parentPosition(model, id) : undefined;
        const added = this.cy.add(nodeElement(model, id, state.lang, hidden, ink, from ?? target));
        if (from) moves.push([added, target]);
      }
      for (const e of vis.edges) if (this.cy.getElementById(e.id).empty()) this.cy.add(edgeElement(e));
    });

    const settled = () => performance.mark(first ? 'taigu:first-render' : 'taigu:settled');
    if (first) {
      this.cy.fit(undefined, 40);
      this.cy.one('render', settled);
      return;
    }
    if (!animate || moves.length === 0) {
      for (const [node, to] of moves) node.position(to);
      this.cy.one('render', settled);
      return;
    }
    let pending = moves.length;
    for (const [node, to] of moves)
      node.animate(
        { position: to },
        { duration: 300, easing: 'ease-out-cubic', complete: () => --pending || settled() },
      );
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
        n.data(nodeData(model, n.id(), state.lang, hiddenChildCount(model, expanded, n.id()), ink));
      });
    });
  }
}
