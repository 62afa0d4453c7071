import type { Arrangement } from '../view/arrangement';
import type { GraphNode } from '../domain/schema';
import type { LayoutName, NodeKind } from '../domain/vocabulary';
import type { Lang } from '../i18n/lang';
import { LABEL_WRAP_EM, labelBox } from './label-box';
import type { CanvasScale } from '../view/positions';

export { LABEL_WRAP_EM } from './label-box';

/** Shape size and label size per kind: goals and strategies read as more important than measures. */
export const KIND_METRICS: Record<NodeKind, { size: number; font: number; weight: number }> = {
  vision: { size: 64, font: 20, weight: 700 },
  pillar: { size: 54, font: 18, weight: 700 },
  goal: { size: 48, font: 17, weight: 700 },
  strategy: { size: 42, font: 16, weight: 600 },
  principle: { size: 42, font: 16, weight: 600 },
  measure: { size: 30, font: 14, weight: 400 },
  project: { size: 32, font: 14, weight: 500 },
  enterprise: { size: 32, font: 14, weight: 500 },
  industry: { size: 34, font: 14, weight: 500 },
  place: { size: 32, font: 14, weight: 400 },
  organization: { size: 32, font: 14, weight: 500 },
  directive: { size: 34, font: 14, weight: 500 },
  target: { size: 30, font: 14, weight: 400 },
  concept: { size: 30, font: 14, weight: 400 },
};

/** Roots are entry points and read as such whatever their kind. */
export const ROOT_METRICS = { size: 54, font: 18, weight: 700 };

/**
 * Label size by level in the plan (1: a root; 2: its parts; 3: their members), whatever the kind: the levels
 * that carry the plan's structure read first, and are still drawn when the picture is far out. Deeper levels
 * keep their kind's size.
 */
export const LEVEL_FONT: readonly number[] = [0, 34, 31, 29];
/** The deepest level with a size of its own (LEVEL_FONT); deeper ones share the kind's. */
export const TOP_LEVELS = 3;
/**
 * Below this size on screen (px) a level's labels are not drawn: the top levels stay longest, as the eye
 * finds its way by them; a label too small to read is noise over the shapes.
 */
export const LEVEL_MIN_PX: readonly number[] = [7, 4, 5, 6];
/** A level's class on the canvas: `lv-1` … `lv-3`, and `lv-4` for every deeper one. */
export const levelRank = (level: number): number => Math.min(Math.max(level, 1), TOP_LEVELS + 1);

export const LABEL_GAP = 6;

/**
 * Where a label along a ray (ray-labels.ts) wraps, in em. The top levels' large labels wrap narrower than the usual
 * 10 em: in the radial layout at 5, as their run outward is what pushes the next ring out while their ring has
 * room round it for more lines (Taigu fully open, Chinese: 0.88× as tall as at 10 em); in the tree, beside their
 * shapes, at 7, as their width is a column's while a row is as tall as its leaves. Measured on Taigu fully open
 * (Chinese), fitted to 1,560 × 880 px: the tree at 5 / 7 / 10 em is 3,868 × 2,391 / 3,915 × 2,182 / 4,104 × 2,064 px,
 * members' labels 10.7 / 11.6 / 11.3 px. The radial layout at 7 em draws three pairs of its part-of edges across
 * one another. Deeper levels keep the usual width.
 */
export const rayWrapEm = (level: number, layout: Arrangement = 'radial'): number =>
  levelRank(level) <= TOP_LEVELS ? (layout === 'tree' ? 7 : 5) : LABEL_WRAP_EM;

/**
 * Kiosk factors: labels a third larger; shapes (the tap targets, with the "+N" inside) grow less, so the label
 * stays what the eye reads first. Labels wrap at the same number of em, so a larger label is wider, not taller.
 */
export const KIOSK_SCALE = { label: 1.35, shape: 1.2 };

export interface NodeMetrics {
  size: number;
  font: number;
  weight: number;
  /** Between the shape and its label. */
  gap: number;
}

/** Between a shape and its label at `scale`. */
export const labelGap = (scale: CanvasScale): number =>
  scale === 'kiosk' ? LABEL_GAP * KIOSK_SCALE.label : LABEL_GAP;

/**
 * Shape and label size of a node of `kind` at `level` (1 for a root) and `scale`: roots read as entry points
 * whatever their kind, and the top levels' labels are larger (LEVEL_FONT).
 */
export function nodeMetrics(kind: NodeKind, level: number, scale: CanvasScale = 'screen'): NodeMetrics {
  const k = KIND_METRICS[kind];
  const shape = level === 1 && k.size < ROOT_METRICS.size ? ROOT_METRICS : k;
  const rank = levelRank(level);
  const m = {
    size: shape.size,
    font: Math.max(shape.font, LEVEL_FONT[rank] ?? 0),
    weight: rank <= TOP_LEVELS ? Math.max(shape.weight, 600) : shape.weight,
  };
  if (scale === 'screen') return { ...m, gap: LABEL_GAP };
  return {
    size: Math.round(m.size * KIOSK_SCALE.shape),
    font: m.font * KIOSK_SCALE.label,
    weight: m.weight,
    gap: labelGap(scale),
  };
}

/**
 * The language(s) a layout makes room for: the radial and tree layouts are laid out for the labels shown (English
 * labels are longer: the fully open plan is 1.3× as large in English), the network for both, so that switching
 * language never moves a node there.
 */
export type LabelLangs = Lang | 'both';

/** The language(s) `layout` makes room for when the view shows `lang`. */
export const labelLangs = (layout: LayoutName | 'portrait', lang: Lang): LabelLangs =>
  layout === 'network' ? 'both' : lang;

/**
 * The box a node at `level` (1 for a root) takes in the layout at `scale`: its shape with the label beneath,
 * in `langs` (the larger of the two for 'both').
 */
export function layoutBox(
  node: GraphNode,
  level: number,
  scale: CanvasScale = 'screen',
  langs: LabelLangs = 'both',
): LayoutBox {
  // Measured once per node, scale and language: layouts and the canvas ask again for every node at every step.
  // A kiosk's boxes must never be served to the screen's layout (or an export's), so the scale is in the key.
  const key = `${scale}:${levelRank(level)}:${langs}`;
  let cache = boxCaches.get(key);
  if (!cache) boxCaches.set(key, (cache = new WeakMap()));
  let box = cache.get(node);
  if (!box) cache.set(node, (box = measureBox(node, level, scale, langs)));
  return box;
}

export interface LayoutBox {
  width: number;
  height: number;
  /** The label's lines and the gap above them. */
  labelHeight: number;
  /** The label's width, the wider language's. */
  labelWidth: number;
  /** The shape's size (width and height). */
  shape: number;
  /** Between the shape and the label. */
  gap: number;
  /** The label as it runs along a ray (radial, ray-labels.ts): its run outward and its lines' height. */
  ray: { width: number; lines: number };
  /** The same beside the shape in the tree, where the top levels wrap wider (`rayWrapEm`). */
  beside: { width: number; lines: number };
}

/** A node's label along its ray in `layout`: its run outward and its lines' height. */
export const rayBox = (box: LayoutBox, layout: Arrangement): LayoutBox['ray'] =>
  layout === 'tree' ? box.beside : box.ray;
/** One WeakMap per scale, level rank and language: a few, and the boxes go with the graph they were measured for. */
const boxCaches = new Map<string, WeakMap<GraphNode, LayoutBox>>();

/** How cytoscape breaks a label in each language: Chinese anywhere, English between words. */
const WRAP = { zh: 'anywhere', en: 'whitespace' } as const;

function measureBox(node: GraphNode, level: number, scale: CanvasScale, langs: LabelLangs): LayoutBox {
  const m = nodeMetrics(node.kind, level, scale);
  const measured = (langs === 'both' ? (['zh', 'en'] as const) : [langs]).map((lang) => ({
    beneath: labelBox(node.label[lang], m.font, WRAP[lang]),
    ray: labelBox(node.label[lang], m.font, WRAP[lang], rayWrapEm(level)),
    beside: labelBox(node.label[lang], m.font, WRAP[lang], rayWrapEm(level, 'tree')),
  }));
  const most = (of: (b: (typeof measured)[number]) => number) => Math.max(...measured.map(of));
  const labelHeight = most((b) => b.beneath.height) + m.gap;
  const labelWidth = most((b) => b.beneath.width);
  return {
    width: Math.max(m.size, labelWidth),
    height: m.size + labelHeight,
    labelHeight,
    labelWidth,
    shape: m.size,
    gap: m.gap,
    ray: { width: most((b) => b.ray.width), lines: most((b) => b.ray.height) },
    beside: { width: most((b) => b.beside.width), lines: most((b) => b.beside.height) },
  };
}
