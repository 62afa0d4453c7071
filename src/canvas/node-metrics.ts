import type { GraphNode } from '../domain/schema';
import type { NodeKind } from '../domain/vocabulary';
import { labelBox } from './label-box';
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

export const LABEL_GAP = 6;

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

/** Shape and label size of a node of `kind` at `scale`; roots read as entry points whatever their kind. */
export function nodeMetrics(kind: NodeKind, isRoot: boolean, scale: CanvasScale = 'screen'): NodeMetrics {
  const k = KIND_METRICS[kind];
  const m = isRoot && k.size < ROOT_METRICS.size ? ROOT_METRICS : k;
  if (scale === 'screen') return { ...m, gap: LABEL_GAP };
  return {
    size: Math.round(m.size * KIOSK_SCALE.shape),
    font: m.font * KIOSK_SCALE.label,
    weight: m.weight,
    gap: labelGap(scale),
  };
}

/**
 * The box a node takes in the layout at `scale`: its shape with the label beneath. Both languages are measured
 * and the larger kept, so switching language never moves a node.
 */
export function layoutBox(node: GraphNode, isRoot = false, scale: CanvasScale = 'screen'): LayoutBox {
  // Measured once per node and scale: layouts and the canvas ask again for every node at every step. A kiosk's
  // boxes must never be served to the screen's layout (or an export's), so the scale is part of the key.
  const key = `${scale}${isRoot ? ':root' : ''}`;
  let cache = boxCaches.get(key);
  if (!cache) boxCaches.set(key, (cache = new WeakMap()));
  let box = cache.get(node);
  if (!box) cache.set(node, (box = measureBox(node, isRoot, scale)));
  return box;
}

export interface LayoutBox {
  width: number;
  height: number;
  labelHeight: number;
}
/** One WeakMap per scale and rootness: at most four, and the boxes go with the graph they were measured for. */
const boxCaches = new Map<string, WeakMap<GraphNode, LayoutBox>>();

function measureBox(node: GraphNode, isRoot: boolean, scale: CanvasScale): LayoutBox {
  const m = nodeMetrics(node.kind, isRoot, scale);
  const zh = labelBox(node.label.zh, m.font, 'anywhere');
  const en = labelBox(node.label.en, m.font, 'whitespace');
  const labelHeight = Math.max(zh.height, en.height) + m.gap;
  return { width: Math.max(m.size, zh.width, en.width), height: m.size + labelHeight, labelHeight };
}
