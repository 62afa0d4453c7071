import cytoscape, { type Core } from 'cytoscape';
import type { CameraMove } from '../store/camera';
import type { CanvasScene } from '../view/canvas-scene';
import type { Point, Positions } from '../view/positions';
import { boxOf, framePoints, glideToShow, moveCamera, type Insets } from './camera';
import { bindCanvasEvents, type CanvasActions } from './canvas-events';
import { canvasStyle } from './canvas-style';
import { applyFocus } from './focus';
import { frameHome, retireFirstView } from './first-picture';
import { FontReadiness, preloadFontsFor, whenIdle } from './font-readiness';
import { canvasIntrospection } from './introspection';
import { LayoutScheduler, type PositionSourceFactory } from './layout-scheduler';
import { wantsFar } from './level-of-detail';
import { prefersReducedMotion } from './media';
import { coveredBottom, fittedInsets, floatingBottom, showLabelled } from './phone-frame';
import { markRender } from './render-marks';
import { drawScene, refreshNodeData } from './scene-draw';
import { readCanvasTokens } from './theme-tokens';

/**
 * Owns the one cytoscape instance: created once, updated in place from scenes, destroyed on unmount. Its input is
 * a scene (src/view/canvas-scene.ts) and camera moves; its output is the few actions of CanvasActions.
 */
export class CanvasController {
  private readonly cy: Core;
  private scene?: CanvasScene;
  private layout?: LayoutScheduler;
  /** A camera move asked for while positions were on their way: carried out once they are drawn. */
  private deferredMove?: CameraMove;
  /** Level of detail: labels, arrows and badges dropped while zoomed far out on a large graph. */
  private far = false;
  /** Where each shown node is going (its final position, also while it still animates there). */
  private targets = new Map<string, Point>();
  /** The positions last laid out: ray labels are placed from them when only the language changes. */
  private laid: Positions = new Map();
  private readonly fonts = new FontReadiness();
  private readonly unbind: () => void;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    private readonly container: HTMLElement,
    actions: CanvasActions,
    private readonly options: { webgl?: boolean; positions?: PositionSourceFactory } = {},
  ) {
    this.cy = cytoscape({
      container,
      // cytoscape's WebGL renderer is an option to measure on real hardware (?renderer=webgl); canvas stays default.
      ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
      // Positions always come from the layout: nothing to arrange when the (empty) canvas is created.
      layout: { name: 'preset' },
    });
    this.setLayoutMark(false);
    this.unbind = bindCanvasEvents(this.cy, actions, {
      zoomPaused: () => this.updateDetail(),
      viewport: () => this.viewport(),
    });
    // Panels open and close beside the canvas; cytoscape only watches the window.
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(container);
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.unbind();
    this.layout?.destroy();
    this.layout = undefined;
    this.cy.destroy();
  }

  /** Shows a scene: only what differs from the last one is redone. */
  show(scene: CanvasScene): void {
    const prev = this.scene;
    this.scene = scene;
    // The hierarchical layouts make room for the labels shown: another language lays them out anew.
    const relabelled = prev && scene.layout !== 'network' && scene.lang !== prev.lang;
    const rearranged = prev && scene.model === prev.model && (scene.layout !== prev.layout || relabelled);
    if (!prev || scene.model !== prev.model || scene.scale !== prev.scale || rearranged) {
      this.layout?.destroy(); // a reply the old graph or layout was waiting for no longer counts
      this.setLayoutMark(false);
      this.restyle(scene);
      this.layout = new LayoutScheduler(
        scene.model,
        scene,
        (p) => this.setLayoutMark(p),
        this.options.positions,
      );
      // Another layout moves what is shown to its new places (and frames it); another graph starts afresh.
      if (rearranged) return this.lay(scene, 'rearrange');
      this.cy.elements().remove();
      return this.lay(scene, 'first');
    }
    if (scene.theme !== prev.theme || scene.lang !== prev.lang || scene.allSupports !== prev.allSupports)
      this.restyle(scene);
    const shapeChanged = scene.ops !== prev.ops || scene.visible !== prev.visible;
    if (shapeChanged) return this.lay(scene, 'change');
    if (scene.lang !== prev.lang || scene.theme !== prev.theme) this.refreshLabels(scene);
    if (scene.selected !== prev.selected || scene.step !== prev.step) this.focus(scene);
    // However it was selected (outline, breadcrumb, link), or a phone's sheet raised, the selection comes into view.
    const raised = scene.sheet === 'open' && prev.sheet !== 'open';
    if (scene.selected && (scene.selected !== prev.selected || raised))
      this.glideTo(scene.selected, !prefersReducedMotion());
  }

  /** Moves the camera now, or once the positions being laid out are drawn. */
  moveCamera(move: CameraMove, animate = !prefersReducedMotion()): void {
    if (this.layout?.pending || !this.scene) {
      this.deferredMove = move;
      return;
    }
    if (move.to === 'home') return this.home(this.scene, this.laid, animate);
    const ids = move.to === 'node' ? [move.id] : move.to === 'nodes' ? move.ids : [];
    const targets = ids.flatMap((id) => framePoints(this.cy, id, this.targets.get(id)));
    const fitted = this.fitted();
    if (fitted && move.to === 'nodes') return showLabelled(this.cy, move.ids, this.targetOf, fitted, animate);
    moveCamera(this.cy, move, targets, animate, this.unobscuredHeight(), fitted);
  }

  private targetOf = (id: string): Point | undefined =>
    this.targets.get(id) ??
    (this.cy.hasElementWithId(id) ? this.cy.getElementById(id).position() : undefined);

  /** Redraws labels once web-font parts have arrived, if any were drawn before theirs (the first paint never waits). */
  fontsArrived(): void {
    if (this.scene && this.fonts.shouldRestyle(this.shownLabels())) this.restyle(this.scene);
  }

  viewport = (): { zoom: number; pan: Point } => ({ zoom: this.cy.zoom(), pan: { ...this.cy.pan() } });

  /** What browser tests and benchmarks read (window.__taiguCanvas). */
  introspection() {
    const { viewport, options } = this;
    return canvasIntrospection(this.cy, { viewport, far: () => this.far, webgl: options.webgl === true });
  }

  /** 'first': a graph appears, framed. 'change': nodes open or close, new ones grow out of their parents.
   * 'rearrange': another layout or (radial, tree) language; all take their new places at once, framed. */
  private lay(scene: CanvasScene, mode: 'first' | 'change' | 'rearrange'): void {
    const layout = this.layout!;
    if (mode === 'rearrange') this.deferredMove = { to: 'home' };
    layout.request(scene.ops, (positions) => {
      if (this.layout !== layout) return;
      const now = this.scene!;
      this.draw(now, positions, mode);
      this.focus(now);
      const move = this.deferredMove;
      this.deferredMove = undefined;
      if (move) this.moveCamera(move);
    });
  }

  private draw(scene: CanvasScene, positions: Positions, mode: 'first' | 'change' | 'rearrange'): void {
    const first = mode === 'first';
    this.laid = positions;
    const settled = () => markRender(first ? 'taigu:first-render' : 'taigu:settled');
    this.targets = drawScene(this.cy, scene, positions, {
      first,
      reducedMotion: mode === 'rearrange' || prefersReducedMotion(),
      far: this.far,
      ink: this.tokens(scene).badgeInk,
      settled,
      afterRender: (done) => this.afterRender(done),
    });
    // New elements came in with the current level of detail; restyle all only if the level changes.
    this.updateDetail();
    this.fonts.drew(() => this.shownLabels());
    if (!first) return;
    this.home(scene, positions, false);
    if (scene.selected) this.glideTo(scene.selected, false);
    this.afterRender(() => {
      settled();
      retireFirstView();
      // Every label's font parts, in both languages, once the page is idle: later expands find them ready.
      const labels = [...scene.model.nodes.values()].map((n) => n.label.zh + n.label.en).join('');
      whenIdle(() => void preloadFontsFor(labels));
    });
  }

  private glideTo(id: string, animate: boolean): void {
    // The portrait tree's rows are as wide as the screen: there the node's shape is what must come into view.
    const at = this.fitted() ? [this.targetOf(id)].filter((p) => p !== undefined) : undefined;
    const box = boxOf(at ?? framePoints(this.cy, id, this.targets.get(id)), 40);
    if (box) glideToShow(this.cy, box, animate, this.unobscuredHeight());
  }

  private focus(scene: CanvasScene): void {
    // During a tour the step's own nodes stay lit beside the focus's neighbourhood.
    applyFocus(this.cy, scene.model, scene.selected, scene.step);
  }

  /** The canvas's theme is its scene's, whatever order the page's own attributes change in (tokens.css). */
  private tokens(scene: CanvasScene) {
    this.container.dataset.themeTokens = scene.theme;
    return readCanvasTokens(this.container);
  }

  private restyle(scene: CanvasScene): void {
    const { lang, scale, allSupports } = scene;
    const portrait = scene.layout === 'portrait';
    this.cy.style(canvasStyle(this.tokens(scene), lang, { scale, allSupports, portrait }));
  }

  /** The home view, framed above the controls floating over the canvas's foot. */
  private home = (scene: CanvasScene, positions: Positions, animate: boolean): void =>
    frameHome(this.cy, scene, positions, this.fitted(), floatingBottom(this.container), animate);

  private covered = (): number => coveredBottom(this.cy.height(), this.scene?.sheet, this.container);
  private unobscuredHeight = (): number => this.cy.height() - this.covered();
  private fitted = (): Insets | undefined => fittedInsets(this.scene?.layout, this.covered());

  private onResize(): void {
    this.cy.resize();
    // A glide still under way was aimed at the old size; it stops where it is, or it would finish over the move below.
    this.cy.stop(true, false);
    // A tour step fits its nodes to the canvas; the canvas changes size when presentation mode lays out.
    if (this.scene?.step) return this.moveCamera({ to: 'nodes', ids: this.scene.step }, false);
    if (this.scene?.selected) this.glideTo(this.scene.selected, false);
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
    if (this.options.webgl) requestAnimationFrame(() => requestAnimationFrame(done));
    else this.cy.one('render', done);
  }

  private setLayoutMark(pending: boolean): void {
    this.container.setAttribute('data-layout', pending ? 'running' : 'idle');
  }

  private shownLabels = (): string =>
    this.cy.nodes().reduce((all, n) => all + String(n.data('label') ?? ''), '');

  private refreshLabels(scene: CanvasScene): void {
    refreshNodeData(this.cy, scene, this.tokens(scene).badgeInk, this.laid);
  }
}
