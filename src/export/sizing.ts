import type { ExportOptions, Orientation, PageName } from './export-options';

/** Print resolution of the pages (A4 to A0). */
export const PRINT_DPI = 300;
/** Pages in px at 300 dpi, portrait. */
export const PAGE_PX = {
  a4: { width: 2480, height: 3508 },
  a3: { width: 3508, height: 4961 },
  a2: { width: 4961, height: 7016 },
  a1: { width: 7016, height: 9933 },
  a0: { width: 9933, height: 14043 },
} as const;
export const WIDTH_4K = 3840;
/** Below this the bands (title, legend, footer) would not fit beside a small branch. */
const MIN_SCREEN_WIDTH = 560;
/** Typographic unit of width-based sizes: one unit per this many px of width (4K: 2.4). */
const WIDTH_PER_UNIT = 1600;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The graph picture at scale 1: the on-screen canvas (scope view) or the graph's bounding box, in px. */
export interface Content {
  width: number;
  height: number;
}

/** Where everything goes in the exported picture, in px. */
export interface Frame {
  width: number;
  height: number;
  /** Recorded in the PNG (pHYs) for print sizes. */
  dpi?: number;
  /** Typographic unit: 1 at screen 1×; every band size is a multiple of it. */
  unit: number;
  margin: number;
  title?: Rect;
  legend?: Rect & { rows: number };
  footer?: Rect;
  /** Where the graph picture is drawn, and how much it is enlarged from its scale-1 size. */
  graph: Rect;
  scale: number;
}

/** Band heights in units. */
export const BANDS = { title: 58, legendRow: 26, legendGap: 14, footer: 44, margin: 32 } as const;

export type SizeKind =
  | { kind: 'screen'; factor: number }
  | { kind: 'width'; width: number }
  | { kind: 'page'; width: number; height: number; dpi: number };

export function sizeKind(o: Pick<ExportOptions, 'size' | 'customWidth' | 'orientation'>): SizeKind {
  switch (o.size) {
    case 'screen1':
      return { kind: 'screen', factor: 1 };
    case 'screen2':
      return { kind: 'screen', factor: 2 };
    case '4k':
      return { kind: 'width', width: WIDTH_4K };
    case 'custom':
      return { kind: 'width', width: Math.max(1, Math.round(o.customWidth)) };
    case 'a4':
    case 'a3':
    case 'a2':
    case 'a1':
    case 'a0':
      return { kind: 'page', ...page(o.size, o.orientation), dpi: PRINT_DPI };
  }
}

export function page(name: PageName, orientation: Orientation): { width: number; height: number } {
  const p = PAGE_PX[name];
  return orientation === 'portrait' ? { ...p } : { width: p.height, height: p.width };
}

/**
 * Lays legend items (widths in units) into rows no wider than `available` units; returns the row count.
 * Pure flow layout, the same one the composer draws with.
 */
export function legendRows(itemWidths: readonly number[], available: number, gap = 18): number[][] {
  const rows: number[][] = [];
  let row: number[] = [];
  let used = 0;
  itemWidths.forEach((w, i) => {
    const need = row.length ? used + gap + w : w;
    if (row.length && need > available) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used = row.length ? used + gap + w : w;
    row.push(i);
  });
  if (row.length) rows.push(row);
  return rows;
}

export interface FrameInput {
  content: Content;
  options: Pick<ExportOptions, 'size' | 'customWidth' | 'orientation' | 'title' | 'legend' | 'footer'>;
  /** Legend entries' widths in units (at unit 1). */
  legendItems: readonly number[];
}

/**
 * The framing of an export: a margin all round, the title above, legend and footer below, and the graph
 * fitted in between — by width for screen and width sizes (the height follows), into the page for A4 to A0.
 */
export function frameFor({ content, options, legendItems }: FrameInput): Frame {
  const size = sizeKind(options);
  const cw = Math.max(1, content.width);
  const ch = Math.max(1, content.height);
  let unit: number;
  let width: number;
  if (size.kind === 'screen') {
    unit = size.factor;
    width = Math.max(Math.round(cw * size.factor + 2 * BANDS.margin * unit), MIN_SCREEN_WIDTH * size.factor);
  } else if (size.kind === 'width') {
    width = size.width;
    unit = Math.max(size.width / WIDTH_PER_UNIT, 0.5);
  } else {
    width = size.width;
    unit = size.dpi / 96;
  }
  const margin = Math.round(BANDS.margin * unit);
  const inner = Math.max(1, width - 2 * margin);
  const rows = options.legend ? legendRows(legendItems, inner / unit) : [];
  const titleH = options.title ? Math.round(BANDS.title * unit) : 0;
  const legendH = rows.length ? Math.round((rows.length * BANDS.legendRow + BANDS.legendGap) * unit) : 0;
  const footerH = options.footer ? Math.round(BANDS.footer * unit) : 0;
  const bands = titleH + legendH + footerH;

  let height: number;
  let scale: number;
  let graph: Rect;
  if (size.kind === 'page') {
    height = size.height;
    const areaH = Math.max(1, height - 2 * margin - bands);
    scale = Math.min(inner / cw, areaH / ch);
    const gw = cw * scale;
    const gh = ch * scale;
    graph = { x: margin + (inner - gw) / 2, y: margin + titleH + (areaH - gh) / 2, width: gw, height: gh };
  } else {
    scale = size.kind === 'screen' ? size.factor : inner / cw;
    const gw = cw * scale;
    const gh = ch * scale;
    height = Math.round(2 * margin + bands + gh);
    graph = { x: margin + (inner - gw) / 2, y: margin + titleH, width: gw, height: gh };
  }
  const bottom = height - margin;
  return {
    width,
    height,
    dpi: size.kind === 'page' ? size.dpi : undefined,
    unit,
    margin,
    scale,
    graph,
    title: titleH ? { x: margin, y: margin, width: inner, height: titleH } : undefined,
    legend: legendH
      ? { x: margin, y: bottom - footerH - legendH, width: inner, height: legendH, rows: rows.length }
      : undefined,
    footer: footerH ? { x: margin, y: bottom - footerH, width: inner, height: footerH } : undefined,
  };
}

/** The smallest label a printed page carries: 6 pt (25 px at 300 dpi), legible at arm's length on a poster. */
export const MIN_PRINT_PT = 6;

/**
 * Smallest label size a reader of this picture needs, in output px: 6 pt on a printed page, 10 px on screen (in
 * the picture's units). Labels are enlarged only this far, as every enlargement takes room the layout did not give.
 */
export function minLabelPx(frame: Pick<Frame, 'unit' | 'dpi'>): number {
  return frame.dpi ? (MIN_PRINT_PT * frame.dpi) / 72 : 10 * frame.unit;
}

/** How much larger labels are drawn than on screen so the smallest reaches `minLabelPx`; capped to limit overlap. */
export const MAX_LABEL_BOOST = 1.25;
export function labelBoost(smallestFontPx: number, pxPerGraphUnit: number, minPx: number): number {
  const drawn = smallestFontPx * pxPerGraphUnit;
  if (!(drawn > 0)) return 1;
  return Math.min(MAX_LABEL_BOOST, Math.max(1, minPx / drawn));
}
