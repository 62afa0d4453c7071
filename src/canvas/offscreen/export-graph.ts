import cytoscape, { type Core } from 'cytoscape';
import type { GraphModel } from '../../domain/graph-model';
import type { LayoutName, NodeKind } from '../../domain/vocabulary';
import type { Lang } from '../../i18n/lang';
import type { VisibleEdge } from '../../view/visible-graph';
import { canvasStyle } from '../canvas-style';
import { displayPosition, edgeElement, edgesFromLabelTips, nodeElement } from '../elements';
import { KIND_SHAPES } from '../kind-shapes';
import { bowSupports } from '../supports-style';
import type { Positions } from '../../view/positions';
import { KIND_METRICS, LABEL_WRAP_EM, nodeMetrics, rayWrapEm } from '../node-metrics';
import { rayLabelOf, type RayLabel } from '../ray-labels';
import type { CanvasTokens } from '../theme-tokens';

/** The on-screen camera, for exports of the current view. */
export interface LiveView {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

export interface ExportGraphInput {
  model: GraphModel;
  nodes: readonly string[];
  edges: readonly VisibleEdge[];
  hidden: ReadonlyMap<string, number>;
  positions: Positions;
  /** The layout the positions come from: where shapes sit and which labels run along rays. */
  layout: LayoutName;
  lang: Lang;
  tokens: CanvasTokens;
  /** Set for scope 'view': the picture is the canvas as the reader sees it. */
  view?: LiveView;
  /** The view's "show all supports": every supports edge strong with its arrow, else all quiet. */
  allSupports?: boolean;
}

/** A node as drawn in the scale-1 picture (px from its top-left corner). */
export interface PictureNode {
  id: string;
  x: number;
  y: number;
  size: number;
  shape: string;
  color: string;
  label: string;
  font: number;
  weight: number;
  /** Gap between shape and label. */
  gap: number;
  hidden: number;
  /** A label along the node's ray (ray-labels.ts): turned by `rot` radians, centred (mx, my) from the shape's. */
  ray?: RayLabel;
  /** Where the label wraps, in em of its font, as the canvas wraps it. */
  wrapEm: number;
}
export interface PictureEdge {
  source: PictureNode;
  target: PictureNode;
  relation: VisibleEdge['relation'];
  bridged: boolean;
}
export interface Picture {
  width: number;
  height: number;
  nodes: PictureNode[];
  edges: PictureEdge[];
  /** Label px per font px: the camera's zoom for the current view, 1 otherwise. */
  zoom: number;
  /** Supports edges drawn strong with arrows (else quiet), as the stylesheet draws them. */
  allSupports: boolean;
}

/** The smallest label size of any kind, in graph px. */
export const SMALLEST_FONT = Math.min(...Object.values(KIND_METRICS).map((m) => m.font));

/**
 * An offscreen cytoscape built from the same elements and `canvasStyle` as the app's canvas, for one export. It
 * draws every label (no minimum zoomed font: what is hidden on screen for zoom reasons is drawn, at a readable
 * size), no selection or focus dimming, and no badges (the composer draws "+N" itself, so it never waits for
 * images to load).
 */
export class ExportGraph {
  private readonly cy: Core;
  private readonly host: HTMLDivElement;
  private boost = 1;

  constructor(private readonly input: ExportGraphInput) {
    this.host = document.createElement('div');
    this.host.setAttribute('aria-hidden', 'true');
    const s = this.host.style;
    s.setProperty('position', 'fixed');
    s.setProperty('left', '-100000px');
    s.setProperty('top', '0');
    s.setProperty('width', `${input.view?.width ?? 16}px`);
    s.setProperty('height', `${input.view?.height ?? 16}px`);
    s.setProperty('pointer-events', 'none');
    document.body.appendChild(this.host);
    const { model, lang, tokens } = input;
    this.cy = cytoscape({
      container: this.host,
      style: canvasStyle(input.tokens, input.lang, this.styleOptions(1)),
      pixelRatio: 1,
      userZoomingEnabled: false,
      userPanningEnabled: false,
      autoungrabify: true,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    this.cy.batch(() => {
      for (const id of input.nodes) {
        const el = nodeElement(
          model,
          id,
          lang,
          0,
          tokens.badgeInk,
          displayPosition(model, id, input.positions, 'screen', input.layout, lang),
          this.rayOf(id),
        );
        delete (el.data as { badge?: string }).badge;
        this.cy.add(el);
      }
      for (const e of input.edges) this.cy.add(edgeElement(e));
      edgesFromLabelTips(this.cy, input.layout);
    });
    bowSupports(this.cy, (id) => this.cy.getElementById(id).position());
    if (input.view) this.cy.viewport({ zoom: input.view.zoom, pan: input.view.pan });
  }

  /** Label px per graph px at scale 1. */
  get zoom(): number {
    return this.input.view?.zoom ?? 1;
  }

  /** Size of the picture at scale 1. */
  content(): { width: number; height: number } {
    if (this.input.view) return { width: this.input.view.width, height: this.input.view.height };
    const bb = this.cy.elements().boundingBox({});
    return { width: Math.max(1, Math.ceil(bb.w)), height: Math.max(1, Math.ceil(bb.h)) };
  }

  /** How much larger than on screen labels are drawn now. */
  get labelBoost(): number {
    return this.boost;
  }

  /** Draws labels this much larger than on screen (the export's readable minimum); the box grows with them. */
  setLabelBoost(boost: number): void {
    if (Math.abs(boost - this.boost) < 0.001) return;
    this.boost = boost;
    // A ray label starts past its shape and runs outward: a larger one has its centre further out.
    this.cy.batch(() =>
      this.cy.nodes('.ray').forEach((n) => {
        const ray = this.rayOf(n.id());
        if (ray) n.data({ rot: ray.rot, mx: ray.mx, my: ray.my, tx: ray.tx, ty: ray.ty });
      }),
    );
    edgesFromLabelTips(this.cy, this.input.layout);
    this.cy.style(canvasStyle(this.input.tokens, this.input.lang, this.styleOptions(boost)));
  }

  private rayOf(id: string): RayLabel | undefined {
    const { model, lang, layout, positions } = this.input;
    return rayLabelOf(model, id, lang, layout, 'screen', positions, this.boost);
  }

  private styleOptions(labelBoost: number) {
    return { exportLabels: { labelBoost }, allSupports: this.input.allSupports === true };
  }

  /**
   * The graph drawn at `scale` (scale-1 picture px → output px), as what cy.png draws before it encodes: the
   * composer draws it onto the page directly, saving a PNG encode and decode of the largest image (seconds at
   * A3). Falls back to cy.png itself should a cytoscape version lack the renderer method.
   */
  async draw(scale: number): Promise<CanvasImageSource & { width: number; height: number }> {
    const options = { full: !this.input.view, scale };
    const renderer = (
      this.cy as unknown as { renderer?(): { bufferCanvasImage?(o: object): HTMLCanvasElement } }
    ).renderer?.();
    if (renderer?.bufferCanvasImage) return renderer.bufferCanvasImage(options);
    const blob = (await this.cy.png({ ...options, output: 'blob-promise' })) as Blob;
    return createImageBitmap(blob);
  }

  /** Where everything is in the scale-1 picture (for the SVG writer and the "+N" badges). */
  picture(): Picture {
    const { model, tokens, lang } = this.input;
    const view = this.input.view;
    const bb = this.cy.elements().boundingBox({});
    const k = view?.zoom ?? 1;
    const dx = view ? view.pan.x : -bb.x1;
    const dy = view ? view.pan.y : -bb.y1;
    const byId = new Map<string, PictureNode>();
    this.cy.nodes().forEach((n) => {
      const node = model.nodes.get(n.id())!;
      const level = model.level.get(n.id())!;
      const m = nodeMetrics(node.kind, level);
      const p = n.position();
      byId.set(n.id(), {
        id: n.id(),
        x: p.x * k + dx,
        y: p.y * k + dy,
        size: m.size * k,
        shape: KIND_SHAPES[node.kind as NodeKind],
        color: tokens.kinds[node.kind],
        label: node.label[lang],
        font: m.font * this.boost * k,
        weight: m.weight,
        gap: m.gap * this.boost * k,
        hidden: this.input.hidden.get(n.id()) ?? 0,
        ray: n.hasClass('ray')
          ? {
              rot: Number(n.data('rot')),
              mx: Number(n.data('mx')) * k,
              my: Number(n.data('my')) * k,
              tx: Number(n.data('tx')) * k,
              ty: Number(n.data('ty')) * k,
              ...(n.hasClass('beside') ? { beside: true as const } : {}),
            }
          : undefined,
        wrapEm: n.hasClass('ray')
          ? rayWrapEm(level, n.hasClass('beside') ? 'tree' : 'radial')
          : LABEL_WRAP_EM,
      });
    });
    const edges = this.input.edges.flatMap((e) => {
      const source = byId.get(e.source);
      const target = byId.get(e.target);
      return source && target ? [{ source, target, relation: e.relation, bridged: e.bridged }] : [];
    });
    const { width, height } = this.content();
    return {
      width,
      height,
      nodes: [...byId.values()],
      edges,
      zoom: k,
      allSupports: this.input.allSupports === true,
    };
  }

  destroy(): void {
    this.cy.destroy();
    this.host.remove();
  }
}
