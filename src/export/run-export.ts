import { SMALLEST_FONT, type PictureNode } from '../canvas/offscreen/export-graph';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/translate';
import { largestWidthWithin } from './canvas-limits';
import { largestWorkingWidth, probeCanvas } from './canvas-capacity';
import { compose, hasContent } from './compose';
import { ExportError, type ExportOptions } from './export-options';
import { exportFileName } from './file-name';
import { embeddedFontCss } from './fonts';
import { withDpi } from './png-phys';
import { checkPicture, type PictureReport } from './picture-check';
import { measureCtx, type Prepared } from './prepare-export';
import { frameFor, labelBoost, minLabelPx, type Frame } from './sizing';
import { svgDocument } from './svg-document';
import { wrapLabel } from './wrap-label';
import { wrapPx } from '../canvas/label-box';

/**
 * The framing for these options. Labels that would come out smaller than a reader of this size needs are drawn
 * larger (up to a cap), and the framing is computed again with them.
 */
export function planExport(p: Prepared, options: ExportOptions): Frame {
  const frameAt = () => frameFor({ content: p.graph.content(), options, legendItems: p.legendWidths });
  p.graph.setLabelBoost(1);
  let frame = frameAt();
  // Larger labels widen the picture, so it is fitted a little smaller: enlarge again from the new fit.
  for (let i = 0; i < 3; i++) {
    const boost = labelBoost(SMALLEST_FONT * p.graph.zoom, frame.scale, minLabelPx(frame));
    if (Math.abs(boost - p.graph.labelBoost) < 0.005) break;
    p.graph.setLabelBoost(boost);
    frame = frameAt();
  }
  return frame;
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

/** A label's lines as the canvas wraps them, at `font` px in the node's weight and the export's font. */
function labelWrapper(p: Prepared) {
  const ctx = measureCtx();
  const mode = p.lang === 'zh' ? 'anywhere' : 'whitespace';
  const width = (s: string) => ctx.measureText(s).width;
  const wrap = (node: PictureNode, font: number) => {
    ctx.font = `${node.weight} ${font}px ${p.bands.font}`;
    return wrapLabel(node.label, wrapPx(font, node.wrapEm, mode), width, mode);
  };
  return { ctx, wrap, width };
}

/** Report of an export as it would be drawn: the page, and every node, label size and overlap on it. */
export interface ExportReport extends PictureReport {
  width: number;
  height: number;
  dpi?: number;
  layout: Prepared['layout'];
  /** Output px per picture px, and how much labels are enlarged. */
  scale: number;
  boost: number;
}

/** Checks the framing these options give: the geometry the PNG and the SVG draw (picture-check.ts). */
export function checkExport(p: Prepared, options: ExportOptions): ExportReport {
  const frame = planExport(p, options);
  const picture = p.graph.picture();
  const { wrap, width } = labelWrapper(p);
  const report = checkPicture(picture, frame, (node) => {
    const lines = wrap(node, node.font);
    return { width: Math.max(0, ...lines.map(width)), height: lines.length * node.font * 1.3 };
  });
  return {
    ...report,
    width: frame.width,
    height: frame.height,
    dpi: frame.dpi,
    layout: p.layout,
    scale: frame.scale,
    boost: p.graph.labelBoost,
  };
}

async function svgFor(p: Prepared, frame: Frame): Promise<string> {
  const { ctx, wrap } = labelWrapper(p);
  return svgDocument({
    frame,
    picture: p.graph.picture(),
    bands: p.bands,
    tokens: p.colours.tokens,
    legendWidths: p.legendWidths,
    wrap,
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
