import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { GraphModel } from '../domain/graph-model';
import type { useApp, AppState } from '../store/app-store';
import { expandedAfter, hiddenChildCount } from '../view/view-ops';
import { visibleGraph } from '../view/visible-graph';
import { canvasStyle } from './canvas-style';
import { displayPosition, edgeElement, nodeData, nodeElement } from './elements';
import { LayoutEngine, type Point } from './layout/layout-engine';
import { readCanvasTokens } from './theme-tokens';
import { boxOf, glideToShow, zoomBy } from './camera';
import { applyFocus } from './focus';

type Store = typeof useApp;

/** At this zoom the smallest label (14 px) renders at about 11 px. */
const READABLE_ZOOM = 0.78;

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
  private readonly resizeObserver: ResizeObserver;
  /** Where each shown node is going (its final position, also while it still animates there). */
  private targetPositions = new Map<string, Point>();
  private cameraSeq = 0;

  constructor(
    container: HTMLElement,
    private readonly store: Store,
  ) {
    this.cy = cytoscape({
      container,
      style: canvasStyle(readCanvasTokens(), store.getState().lang),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
    });
    this.bindEvents();
    // Panels open and close beside the canvas; cytoscape only watches the window.
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(container);
    this.unsubscribe = store.subscribe((state, prev) => this.sync(state, prev));
    this.sync(store.getState(), undefined);
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.unsubscribe();
    this.engine?.destroy();
    this.cy.destroy();
  }

  /** Redraws labels once web-font parts have arrived (the first paint never waits for them). */
  restyle(): void {
    const { lang } = this.store.getState();
    this.cy.style(canvasStyle(readCanvasTokens(), lang));
  }

  /** Test probe: where each node is drawn, in px from the canvas's top-left corner. */
  renderedPositions(): Record<string, Point & { labelY: number }> {
    const out: Record<string, Point & { labelY: number }> = {};
    this.cy.nodes().forEach((n) => {
      const all = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
      const shape = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      out[n.id()] = { ...n.renderedPosition(), labelY: (shape.y2 + all.y2) / 2 };
    });
    return out;
  }

  /** Test probe: the camera. */
  viewport(): { zoom: number; pan: Point } {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
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
    this.cy.on('tap', 'node', (e) => {
      const node = e.target as NodeSingular;
      // The shape carries the "+N" / "−" badge; the label beneath it only selects.
      const p = node.position();
      const half = node.width() / 2 + 2;
      const onBadge = Math.abs(e.position.x - p.x) <= half && Math.abs(e.position.y - p.y) <= half;
      this.store.getState().tapNode(node.id(), onBadge);
    });
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.store.getState().select(null);
    });
    // Report the camera after the reader stops moving it, not on every frame.
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.cy.on('viewport', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.store.getState().reportViewport(this.viewport()), 250);
    });
  }

  private sync(state: AppState, prev: AppState | undefined): void {
    if (!state.model) return;
    if (state.model !== this.model) {
      this.engine?.destroy();
      this.model = state.model;
      this.engine = new LayoutEngine(state.model, state.startPositions);
      this.cy.elements().remove();
      this.render(state, true);
      this.applyFocus(state);
      this.takeCameraRequest(state);
      return;
    }
    if (!prev) return;
    if (state.theme !== prev.theme || state.lang !== prev.lang)
      this.cy.style(canvasStyle(readCanvasTokens(), state.lang));
    const shapeChanged =
      state.ops !== prev.ops ||
      state.hiddenKinds !== prev.hiddenKinds ||
      state.hiddenRelations !== prev.hiddenRelations;
    if (shapeChanged) this.render(state, false);
    else if (state.lang !== prev.lang || state.theme !== prev.theme) this.refreshLabels(state);
    if (shapeChanged || state.selected !== prev.selected) this.applyFocus(state);
    // A tap that opens a node already glides to show it with its children; one camera move, not two.
    if (state.selected && state.selected !== prev.selected && !shapeChanged) {
      // However it was selected (outline, breadcrumb, link), a selected node is brought into view.
      const target = this.targetPositions.get(state.selected);
      const box = target ? boxOf([target], 90) : undefined;
      if (box) glideToShow(this.cy, box, !prefersReducedMotion(), this.unobscuredHeight());
    }
    this.takeCameraRequest(state);
  }

  /** On phones the details sheet covers the lower part of the canvas while a node is selected. */
  private unobscuredHeight(): number {
    const phone = typeof matchMedia === 'function' && matchMedia('(max-width: 820px)').matches;
    return phone && this.store.getState().selected ? this.cy.height() * 0.45 : this.cy.height();
  }

  private onResize(): void {
    this.cy.resize();
    const selected = this.store.getState().selected;
    const target = selected ? this.targetPositions.get(selected) : undefined;
    const box = target ? boxOf([target], 90) : undefined;
    if (box) glideToShow(this.cy, box, false, this.unobscuredHeight());
  }

  private applyFocus(state: AppState): void {
    if (state.model) applyFocus(this.cy, state.model, state.selected);
  }

  /** Camera requests are one-shot: each is carried out once, also when it was made before the canvas existed. */
  private takeCameraRequest(state: AppState): void {
    if (!state.camera || state.camera.seq === this.cameraSeq) return;
    this.cameraSeq = state.camera.seq;
    this.moveCamera(state);
  }

  private moveCamera(state: AppState): void {
    const request = state.camera!;
    const animate = !prefersReducedMotion();
    if (request.action === 'fit') {
      if (animate) this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 } }, { duration: 300 });
      else this.cy.fit(undefined, 40);
    } else if (request.action === 'zoom-in') zoomBy(this.cy, 1.25, animate);
    else if (request.action === 'zoom-out') zoomBy(this.cy, 0.8, animate);
    else if (request.action === 'viewport' && request.viewport) this.cy.viewport(request.viewport);
    else if (request.action === 'home') this.fitReadable();
    else if (request.id) {
      const target = this.targetPositions.get(request.id) ?? this.cy.getElementById(request.id).position();
      const box = boxOf([target], 80);
      if (box) glideToShow(this.cy, box, animate, this.unobscuredHeight());
    }
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
    const added: Point[] = [];
    this.targetPositions = new Map(vis.nodes.map((id) => [id, displayPosition(model, id, layout)]));

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
        const node = this.cy.add(nodeElement(model, id, state.lang, hidden, ink, from ?? target));
        if (from) moves.push([node, target]);
        added.push(target);
        const parent = model.parent.get(id);
        if (parent && this.targetPositions.has(parent)) added.push(this.targetPositions.get(parent)!);
      }
      for (const e of vis.edges) if (this.cy.getElementById(e.id).empty()) this.cy.add(edgeElement(e));
    });

    const settled = () => performance.mark(first ? 'taigu:first-render' : 'taigu:settled');
    if (first) {
      this.fitReadable();
      const target = state.selected ? this.targetPositions.get(state.selected) : undefined;
      const focus = target ? boxOf([target], 90) : undefined;
      if (focus) glideToShow(this.cy, focus, false, this.unobscuredHeight());
      this.cy.one('render', settled);
      return;
    }
    const box = boxOf(added, 90);
    if (box) glideToShow(this.cy, box, animate);
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

  /**
   * Fit the graph, but never so far out that labels are unreadable: below that zoom, centre on the plan's
   * root instead and let the reader pan.
   */
  private fitReadable(): void {
    this.cy.fit(undefined, 40);
    const readable = READABLE_ZOOM;
    if (this.cy.zoom() >= readable) {
      if (this.cy.zoom() > 1.5)
        this.cy.zoom({ level: 1.5, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
      return;
    }
    const bb = this.cy.elements().boundingBox({});
    this.cy.viewport({
      zoom: readable,
      pan: {
        x: this.cy.width() / 2 - ((bb.x1 + bb.x2) / 2) * readable,
        y: this.cy.height() / 2 - ((bb.y1 + bb.y2) / 2) * readable,
      },
    });
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
