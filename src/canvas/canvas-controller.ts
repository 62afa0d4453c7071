import cytoscape, { type Core } from 'cytoscape';
import type { GraphModel } from '../domain/graph-model';
import type { useApp, AppState } from '../store/app-store';
import { expandedAfter, hiddenChildCount } from '../view/view-ops';
import { visibleGraph } from '../view/visible-graph';
import { canvasStyle } from './canvas-style';
import { nodeData } from './elements';
import { syncElements } from './sync-elements';
import { bindCanvasEvents } from './canvas-events';
import { LayoutClient } from './layout/layout-client';
import type { Point, Positions } from './layout/positions';
import type { ViewOp } from '../view/view-ops';
import { readCanvasTokens } from './theme-tokens';
import { boxOf, fitReadable, glideToShow, moveCamera } from './camera';
import { applyFocus } from './focus';
import { wantsFar } from './level-of-detail';
import { labelSizes, nodePositions, renderedPositions } from './canvas-probes';
import { FontReadiness, preloadFontsFor, whenIdle } from './font-readiness';
import type { CanvasScale } from './node-metrics';
import { markRender } from './render-marks';

type Store = typeof useApp;

const MAX_ANIMATED = 400;

/** A kiosk is read standing at arm's length: its canvas draws larger labels and shapes (node-metrics.ts). */
const scaleOf = (state: AppState): CanvasScale => (state.kiosk.on ? 'kiosk' : 'screen');

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Owns the one cytoscape instance: created once, updated in place from the store, destroyed on unmount.
 * Nothing outside src/canvas ever sees `cy`.
 */
export class CanvasController {
  private readonly cy: Core;
  private layout?: LayoutClient;
  /** The positions last received and the log they belong to; filters reuse them without a new layout. */
  private laidOut?: { ops: readonly ViewOp[]; positions: Positions };
  /** A layout is being computed in the worker; camera requests wait for it. */
  private pending = false;
  /** Level of detail: labels, arrows and badges dropped while zoomed far out on a large graph. */
  private far = false;
  private readonly webgl: boolean;
  private model?: GraphModel;
  /** The sizes the layout and the stylesheet were made for. */
  private scale: CanvasScale;
  private readonly unsubscribe: () => void;
  private readonly resizeObserver: ResizeObserver;
  /** Where each shown node is going (its final position, also while it still animates there). */
  private targetPositions = new Map<string, Point>();
  private cameraSeq = 0;
  private readonly fonts = new FontReadiness();

  constructor(
    container: HTMLElement,
    private readonly store: Store,
    options: { webgl?: boolean } = {},
  ) {
    this.webgl = options.webgl === true;
    this.scale = scaleOf(store.getState());
    this.cy = cytoscape({
      container,
      // cytoscape's WebGL renderer is an option to measure on real hardware (?renderer=webgl); canvas stays default.
      ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
      style: canvasStyle(readCanvasTokens(), store.getState().lang, { scale: this.scale }),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
    });
    bindCanvasEvents(this.cy, store, {
      zoomPaused: () => this.updateDetail(),
      viewport: () => this.viewport(),
    });
    // Panels open and close beside the canvas; cytoscape only watches the window.
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(container);
    this.unsubscribe = store.subscribe((state, prev) => this.sync(state, prev));
    this.sync(store.getState(), undefined);
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.unsubscribe();
    this.layout?.destroy();
    this.layout = undefined;
    this.cy.destroy();
  }

  /** Redraws labels once web-font parts have arrived, if any were drawn before theirs (the first paint never waits). */
  fontsArrived(): void {
    if (!this.fonts.shouldRestyle(this.shownLabels())) return;
    const { lang } = this.store.getState();
    this.cy.style(canvasStyle(readCanvasTokens(), lang, { scale: this.scale }));
  }

  private shownLabels(): string {
    return this.cy
      .nodes()
      .map((n) => String(n.data('label') ?? ''))
      .join('');
  }

  /** Test probe: the camera. */
  viewport(): { zoom: number; pan: Point } {
    return { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
  }

  /** Test probe: whether the level of detail has dropped labels, arrows and badges. */
  detail(): 'full' | 'far' {
    return this.far ? 'far' : 'full';
  }

  /** Probes for browser tests and benchmarks (window.__taiguCanvas). */
  probes() {
    return {
      positions: () => nodePositions(this.cy),
      renderedPositions: () => renderedPositions(this.cy),
      labelSizes: () => labelSizes(this.cy),
      viewport: () => this.viewport(),
      detail: () => this.detail(),
      renderer: () => (this.webgl ? 'webgl' : 'canvas'),
    };
  }

  private sync(state: AppState, prev: AppState | undefined): void {
    if (!state.model) return;
    const scale = scaleOf(state);
    if (state.model !== this.model || scale !== this.scale) {
      this.layout?.destroy();
      this.model = state.model;
      this.laidOut = undefined;
      if (scale !== this.scale) {
        this.scale = scale;
        this.cy.style(canvasStyle(readCanvasTokens(), state.lang, { scale }));
      }
      this.layout = new LayoutClient(state.model, state.startPositions?.[scale], scale);
      this.cy.elements().remove();
      this.render(state, true);
      this.applyFocus(state);
      if (!this.pending) this.takeCameraRequest(state);
      return;
    }
    if (!prev) return;
    if (state.theme !== prev.theme || state.lang !== prev.lang)
      this.cy.style(canvasStyle(readCanvasTokens(), state.lang, { scale }));
    const shapeChanged =
      state.ops !== prev.ops ||
      state.hiddenKinds !== prev.hiddenKinds ||
      state.hiddenRelations !== prev.hiddenRelations;
    if (shapeChanged) this.render(state, false);
    else if (state.lang !== prev.lang || state.theme !== prev.theme) this.refreshLabels(state);
    if (shapeChanged || state.selected !== prev.selected || state.tour !== prev.tour) this.applyFocus(state);
    // A tap that opens a node already glides to show it with its children; one camera move, not two.
    if (state.selected && state.selected !== prev.selected && !shapeChanged) {
      // However it was selected (outline, breadcrumb, link), a selected node is brought into view.
      const target = this.targetPositions.get(state.selected);
      const box = target ? boxOf([target], 90) : undefined;
      if (box) glideToShow(this.cy, box, !prefersReducedMotion(), this.unobscuredHeight());
    }
    if (!this.pending) this.takeCameraRequest(state);
  }

  /** On phones the details sheet covers the lower part of the canvas while a node is selected. */
  private unobscuredHeight(): number {
    const phone = typeof matchMedia === 'function' && matchMedia('(max-width: 820px)').matches;
    return phone && this.store.getState().selected ? this.cy.height() * 0.45 : this.cy.height();
  }

  private onResize(): void {
    this.cy.resize();
    // A tour step fits its nodes to the canvas; the canvas changes size when presentation mode lays out.
    const { camera, tour } = this.store.getState();
    if (tour && camera?.action === 'show' && camera.ids) return this.moveCamera(this.store.getState(), false);
    const selected = this.store.getState().selected;
    const target = selected ? this.targetPositions.get(selected) : undefined;
    const box = target ? boxOf([target], 90) : undefined;
    if (box) glideToShow(this.cy, box, false, this.unobscuredHeight());
  }

  private applyFocus(state: AppState): void {
    // During a tour the step's own nodes stay lit beside the focus's neighbourhood.
    const play = state.tour;
    const step = play ? state.tours.find((t) => t.id === play.id)?.steps[play.step] : undefined;
    if (state.model) applyFocus(this.cy, state.model, state.selected, step?.reveal);
  }

  /** Camera requests are one-shot: each is carried out once, also when it was made before the canvas existed. */
  private takeCameraRequest(state: AppState): void {
    if (!state.camera || state.camera.seq === this.cameraSeq) return;
    this.cameraSeq = state.camera.seq;
    this.moveCamera(state);
  }

  private moveCamera(state: AppState, animate = !prefersReducedMotion()): void {
    const request = state.camera!;
    const ids = request.ids ?? (request.id ? [request.id] : []);
    const targets = ids.flatMap((id) => {
      const p = this.targetPositions.get(id) ?? this.cy.getElementById(id).position();
      return p ? [p] : [];
    });
    moveCamera(this.cy, request, targets, animate, this.unobscuredHeight());
  }

  /** Draws `state` as soon as its positions are known: at once when they are, else when the worker replies. */
  private render(state: AppState, first: boolean): void {
    const ops = state.ops;
    if (this.laidOut?.ops === ops) return this.draw(state, this.laidOut.positions, first);
    const layout = this.layout!;
    const result = layout.positionsFor(ops);
    if (!(result instanceof Promise)) {
      this.laidOut = { ops, positions: result };
      return this.draw(state, result, first);
    }
    this.setPending(true);
    void result.then((positions) => {
      const now = this.store.getState();
      // A newer log or another graph has superseded this request; its own reply will draw.
      if (this.layout !== layout || now.ops !== ops) return;
      this.setPending(false);
      this.laidOut = { ops, positions };
      this.draw(now, positions, first);
      this.applyFocus(now);
      this.takeCameraRequest(now);
    });
  }

  private updateDetail(): void {
    if (this.cy.destroyed()) return;
    const far = wantsFar(this.cy.nodes().length, this.cy.zoom(), this.far);
    if (far === this.far) return;
    this.far = far;
    this.cy.batch(() => this.cy.elements().toggleClass('far', far));
  }

  /** cytoscape's WebGL renderer emits no 'render' event; two frames later the drawing is on screen either way. */
  private afterRender(done: () => void): void {
    if (this.webgl) requestAnimationFrame(() => requestAnimationFrame(done));
    else this.cy.one('render', done);
  }

  private setPending(pending: boolean): void {
    this.pending = pending;
    this.cy.container()?.setAttribute('data-layout', pending ? 'running' : 'idle');
  }

  private draw(state: AppState, layout: Positions, first: boolean): void {
    const model = state.model!;
    const expanded = expandedAfter(model, state.ops);
    const vis = visibleGraph(model, expanded, state);
    // Hundreds of nodes flying at once read as noise and cost frames: large changes appear in place.
    const fresh = vis.nodes.reduce((n, id) => n + (this.cy.getElementById(id).empty() ? 1 : 0), 0);
    const animate = !first && !prefersReducedMotion() && fresh <= MAX_ANIMATED;
    const { targets, moves, added } = syncElements(this.cy, {
      model,
      vis,
      expanded,
      lang: state.lang,
      ink: readCanvasTokens().badgeInk,
      layout,
      scale: this.scale,
      animate,
      far: this.far,
    });
    this.targetPositions = targets;

    // New elements came in with the current level of detail; restyle all only if the level changes.
    this.updateDetail();
    this.fonts.drew(() => this.shownLabels());
    const settled = () => markRender(first ? 'taigu:first-render' : 'taigu:settled');
    if (first) {
      fitReadable(this.cy);
      const target = state.selected ? this.targetPositions.get(state.selected) : undefined;
      const focus = target ? boxOf([target], 90) : undefined;
      if (focus) glideToShow(this.cy, focus, false, this.unobscuredHeight());
      this.afterRender(() => {
        settled();
        // Every label's font parts, in both languages, once the page is idle: later expands find them ready.
        whenIdle(
          () => void preloadFontsFor([...model.nodes.values()].map((n) => n.label.zh + n.label.en).join('')),
        );
      });
      return;
    }
    const box = boxOf(added, 90);
    if (box) glideToShow(this.cy, box, animate);
    if (!animate || moves.length === 0) {
      for (const [node, to] of moves) node.position(to);
      this.afterRender(settled);
      return;
    }
    let pending = moves.length;
    for (const [node, to] of moves)
      node.animate(
        { position: to },
        { duration: 300, easing: 'ease-out-cubic', complete: () => --pending || settled() },
      );
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
