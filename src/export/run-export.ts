import { ExportGraph, SMALLEST_FONT, type LiveView } from '../canvas/offscreen/export-graph';
import { liveView } from '../canvas/offscreen/live-view';
import { scopePositions } from '../canvas/offscreen/scope-positions';
import type { GraphModel } from '../domain/graph-model';
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from '../domain/vocabulary';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/translate';
import type { ViewOp } from '../view/view-ops';
import { legendEntryWidth, type BandContent, type LegendEntry } from './bands';
import { largestWidthWithin } from './canvas-limits';
import { largestWorkingWidth, probeCanvas } from './canvas-capacity';
import { compose, hasContent } from './compose';
import { exportColours, type ExportColours } from './export-theme';
import { ExportError, type ExportOptions, type ExportScope } from './export-options';
import { exportFileName, footerDate } from './file-name';
import { embeddedFontCss, loadFontsFor } from './fonts';
import { withDpi } from './png-phys';
import { scopeGraph } from './scope-graph';
import { frameFor, labelBoost, minLabelPx, type Frame } from './sizing';
import { svgDocument } from './svg-document';
import { wrapLabel } from './wrap-label';

/** What the app shows when the export starts; exports never read the store themselves. */
export interface ExportSnapshot {
  model: GraphModel;
  ops: readonly ViewOp[];
  hiddenKinds: readonly NodeKind[];
  hiddenRelations: readonly Relation[];
  lang: Lang;
  selected: string | null;
  startPositions?: ReadonlyMap<string, { x: number; y: number }>;
  /** The view's link, printed in the footer. */
  link: string;
  /** For scope 'view'; read from the app canvas when not given. */
  view?: LiveView;
  date?: Date;
}

/** A scope drawn offscreen with its words, ready to be framed at any size. */
export interface Prepared {
  scope: ExportScope;
  graph: ExportGraph;
  bands: BandContent;
  colours: ExportColours;
  legendWidths: number[];
  lang: Lang;
  date: Date;
  text: string;
}

const measureCtx = () => document.createElement('canvas').getContext('2d')!;

export async function prepareExport(
  snap: ExportSnapshot,
  scope: ExportScope,
  options: Pick<ExportOptions, 'background'>,
): Promise<Prepared> {
  const { model, lang } = snap;
  const t = translator(lang);
  if (scope === 'branch' && !snap.selected) throw new ExportError('no-branch', t('export.error.noBranch'));
  const sg = scopeGraph(model, snap.ops, snap, scope, snap.selected ?? undefined);
  if (!sg.nodes.length) throw new ExportError('empty', t('export.error.empty'));
  const view = scope === 'view' ? (snap.view ?? liveView()) : undefined;
  if (scope === 'view' && !view) throw new ExportError('empty', t('export.error.empty'));
  const colours = exportColours(options.background);
  const positions = await scopePositions(model, sg.ops, snap.startPositions);

  const kinds = NODE_KINDS.filter((k) => sg.nodes.some((id) => model.nodes.get(id)!.kind === k));
  const relations = RELATIONS.filter((r) => sg.edges.some((e) => e.relation === r));
  const legend: LegendEntry[] = [
    ...kinds.map((kind) => ({
      type: 'kind' as const,
      kind,
      label: t(`kind.${kind}`),
      color: colours.tokens.kinds[kind],
    })),
    ...relations.map((relation) => ({
      type: 'relation' as const,
      relation,
      label: t(`relation.${relation}`),
      color: relation === 'supports' ? colours.tokens.supports : colours.tokens.partOf,
    })),
  ];
  const date = snap.date ?? new Date();
  const meta = model.graph.meta;
  const branchLabel = snap.selected ? model.nodes.get(snap.selected)?.label[lang] : undefined;
  const subtitle =
    scope === 'branch' && branchLabel
      ? t('export.subtitle.branch', { label: branchLabel, n: sg.nodes.length })
      : t(`export.subtitle.${scope}`, { n: sg.nodes.length });
  const source = meta.source;
  const bands: BandContent = {
    title: meta.title[lang],
    subtitle,
    legend,
    footer: [
      t('export.footer.source', {
        title: source.title,
        author: source.author,
        publication: source.publication,
        year: source.year,
      }),
      t('export.footer.made', { date: footerDate(date), link: snap.link }),
    ],
    font: colours.tokens.font,
    ink: colours.ink,
    muted: colours.muted,
    background: colours.background,
    badgeInk: colours.tokens.badgeInk,
  };
  const labels = sg.nodes.map((id) => model.nodes.get(id)!.label[lang]);
  const text = [
    ...labels,
    bands.title,
    bands.subtitle,
    ...legend.map((l) => l.label),
    ...bands.footer,
    '+0123456789…',
  ].join('');
  // Fonts before cytoscape measures any label.
  await loadFontsFor(text);
  const graph = new ExportGraph({
    model,
    nodes: sg.nodes,
    edges: sg.edges,
    hidden: sg.hidden,
    positions,
    lang,
    tokens: colours.tokens,
    view,
  });
  const ctx = measureCtx();
  ctx.font = `400 100px ${bands.font}`;
  const legendWidths = legend.map((e) => legendEntryWidth(e, (s) => ctx.measureText(s).width / 100));
  return { scope, graph, bands, colours, legendWidths, lang, date, text };
}

/**
 * The framing for these options. Labels that would come out smaller than a reader of this size needs are drawn
 * larger (up to a cap), and the framing is computed again with them.
 */
export function planExport(p: Prepared, options: ExportOptions): Frame {
  const frameAt = () => frameFor({ content: p.graph.content(), options, legendItems: p.legendWidths });
  p.graph.setLabelBoost(1);
  const first = frameAt();
  const boost = labelBoost(SMALLEST_FONT * p.graph.zoom, first.scale, minLabelPx(first));
  if (boost === 1) return first;
  p.graph.setLabelBoost(boost);
  return frameAt();
}

export type SizeCheck = { ok: true } | { ok: false; suggestedWidth: number };

/** Can this browser draw the frame? If not, the largest width at this framing that it can. */
export function checkSize(p: Prepared, options: ExportOptions, frame: Frame): SizeCheck {
  if (probeCanvas(frame.width, frame.height)) return { ok: true };
  const content = p.graph.content();
  const heightAt = (w: number) =>
    frameFor({
      content,
      options: { ...options, size: 'custom', customWidth: w },
      legendItems: p.legendWidths,
    }).height;
  const candidate = largestWidthWithin(heightAt, frame.width);
  return { ok: false, suggestedWidth: largestWorkingWidth(candidate, heightAt) };
}

async function drawPng(p: Prepared, frame: Frame, scale = 1): Promise<HTMLCanvasElement> {
  const failed = () => new ExportError('render-failed', translator(p.lang)('export.error.failed'));
  const image = await p.graph.draw(frame.scale * scale).catch(() => {
    throw failed();
  });
  try {
    // An over-large canvas reads back as 0 × 0 (cy.png would return "data:,").
    if (!image.width || !image.height) throw failed();
    const badges = p.graph.picture().nodes.filter((n) => n.hidden > 0);
    return compose(frame, image, badges, p.bands, p.legendWidths, scale);
  } finally {
    if ('close' in image) image.close();
    else image.width = 0;
  }
}

/** A small rendering of exactly this framing, for the dialog. */
export async function renderPreview(p: Prepared, frame: Frame, maxSide: number): Promise<Blob> {
  const scale = Math.min(1, maxSide / Math.max(frame.width, frame.height));
  const canvas = await drawPng(p, frame, scale);
  return toBlob(canvas, p.lang);
}

export interface ExportFile {
  blob: Blob;
  name: string;
  width: number;
  height: number;
}

/** The file itself. Refuses sizes the browser cannot draw; never returns a blank or empty file. */
export async function renderExport(p: Prepared, options: ExportOptions): Promise<ExportFile> {
  const frame = planExport(p, options);
  const t = translator(p.lang);
  // Vectors have no canvas limit; pixels do.
  const check = options.format === 'svg' ? ({ ok: true } as const) : checkSize(p, options, frame);
  if (!check.ok)
    throw new ExportError(
      'too-large',
      t('export.error.tooLarge', {
        width: frame.width,
        height: frame.height,
        suggested: check.suggestedWidth,
      }),
      check.suggestedWidth,
    );
  const name = exportFileName(p.scope, p.date, options.format);
  if (options.format === 'svg') {
    const svg = await svgFor(p, frame);
    return {
      blob: new Blob([svg], { type: 'image/svg+xml' }),
      name,
      width: frame.width,
      height: frame.height,
    };
  }
  const canvas = await drawPng(p, frame);
  if (!hasContent(canvas, p.bands.background))
    throw new ExportError('render-failed', t('export.error.failed'));
  let blob = await toBlob(canvas, p.lang);
  canvas.width = 0;
  if (frame.dpi)
    blob = new Blob([withDpi(new Uint8Array(await blob.arrayBuffer()), frame.dpi)], { type: 'image/png' });
  return { blob, name, width: frame.width, height: frame.height };
}

async function svgFor(p: Prepared, frame: Frame): Promise<string> {
  const ctx = measureCtx();
  const mode = p.lang === 'zh' ? 'anywhere' : 'whitespace';
  return svgDocument({
    frame,
    picture: p.graph.picture(),
    bands: p.bands,
    tokens: p.colours.tokens,
    legendWidths: p.legendWidths,
    wrap: (node, font) => {
      ctx.font = `${node.weight} ${font}px ${p.bands.font}`;
      return wrapLabel(node.label, font * 10, (s) => ctx.measureText(s).width, mode);
    },
    measure: (s) => {
      ctx.font = `400 100px ${p.bands.font}`;
      return ctx.measureText(s).width / 100;
    },
    fontCss: await embeddedFontCss(p.text).catch(() => ''),
  });
}

function toBlob(canvas: HTMLCanvasElement, lang: Lang): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) =>
        b && b.size
          ? resolve(b)
          : reject(new ExportError('render-failed', translator(lang)('export.error.failed'))),
      'image/png',
    ),
  );
}
