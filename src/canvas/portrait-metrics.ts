import type { GraphNode } from '../domain/schema';
import type { NodeKind } from '../domain/vocabulary';
import { LINE_HEIGHT, textWidthEm, type LabelWrap } from './label-box';
import { KIND_METRICS, TOP_LEVELS, nodeMetrics } from './node-metrics';

/**
 * Sizes in the portrait tree (layout/portrait-layout.ts): one node a row, its label beside its shape. Rows are a
 * line of text tall, so the whole start view fits a phone's height at a zoom where labels read: every level below
 * the third keeps the third's label size (indentation, not size, tells the depth in a list), shapes are no taller
 * than a line, and labels run up to PORTRAIT_WRAP_PX before they wrap.
 */
/**
 * Labels wrap at the same width whatever their size, so the plan's larger heading does not make the picture (and
 * so its zoom on a phone) wider than the rows below it: 28 em of a third-level label.
 */
export const PORTRAIT_WRAP_PX = 700;
/** From a parent's shape centre to its children's: the children's shapes clear the parent's trunk line. */
export const PORTRAIT_INDENT = 36;
export const PORTRAIT_ROW_GAP = 3;
/**
 * A one-line row's height in em of its label: a line's glyphs and a little air (cytoscape's line height, 1.3 em,
 * is the spacing within a wrapped label, more than a list needs between rows).
 */
export const PORTRAIT_ROW_EM = 1.05;
/** Between the plan and the next root. */
export const PORTRAIT_ROOT_GAP = 16;
/** Between a shape and its label. */
export const PORTRAIT_LABEL_GAP = 8;

export interface PortraitMetrics {
  size: number;
  font: number;
  weight: number;
}

/**
 * Label sizes of the portrait tree by level (1: a root; deeper levels take the last): its rows are a phone's width,
 * so the steps between levels are smaller than the desktop layouts' (node-metrics LEVEL_FONT).
 */
export const PORTRAIT_LEVEL_FONT: readonly number[] = [0, 30, 27, 25];

export function portraitMetrics(kind: NodeKind, level: number): PortraitMetrics {
  const m = nodeMetrics(kind, level, 'screen');
  const own = KIND_METRICS[kind].font;
  const font = Math.max(own, PORTRAIT_LEVEL_FONT[Math.min(Math.max(level, 1), TOP_LEVELS)] ?? own);
  return { size: Math.min(m.size, Math.round(font * PORTRAIT_ROW_EM)), font, weight: m.weight };
}

/** The width of each line, in em, as a label wraps at `em` (Chinese anywhere, English between words). */
export function wrapAt(text: string, wrap: LabelWrap, em: number): number[] {
  if (wrap === 'anywhere') {
    const total = textWidthEm(text);
    const n = Math.max(1, Math.ceil(total / em));
    return Array.from({ length: n }, (_, i) => Math.min(em, total - i * em));
  }
  const lines: number[] = [];
  let line = 0;
  for (const word of text.split(' ').filter(Boolean)) {
    const w = textWidthEm(word);
    const joined = line === 0 ? w : line + textWidthEm(' ') + w;
    if (line > 0 && joined > em) {
      lines.push(line);
      line = w;
    } else line = joined;
  }
  lines.push(line);
  return lines;
}

export interface PortraitBox {
  /** The shape's size; the label starts PORTRAIT_LABEL_GAP right of it. */
  shape: number;
  /** The row: the shape and the label beside it, the wider and taller language's. */
  width: number;
  height: number;
}

export function portraitBox(node: GraphNode, level: number): PortraitBox {
  const m = portraitMetrics(node.kind, level);
  const zh = wrapAt(node.label.zh, 'anywhere', PORTRAIT_WRAP_PX / m.font);
  const en = wrapAt(node.label.en, 'whitespace', PORTRAIT_WRAP_PX / m.font);
  const labelWidth = Math.max(...zh, ...en) * m.font;
  const lines = Math.max(zh.length, en.length);
  const text = lines === 1 ? m.font * PORTRAIT_ROW_EM : lines * m.font * LINE_HEIGHT;
  return { shape: m.size, width: m.size + PORTRAIT_LABEL_GAP + labelWidth, height: Math.max(m.size, text) };
}
