import type { GraphNode } from '../domain/schema';
import type { NodeKind } from '../domain/vocabulary';

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

/** Labels wrap at this many em: about ten CJK characters a line. */
export const LABEL_WRAP_EM = 10;
export const LABEL_GAP = 6;
const LINE_HEIGHT = 1.3;

function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\uffff]/.test(ch) ? 1 : 0.56;
  return em;
}

/** Estimated label box in px; the same on every machine, so layouts do not depend on installed fonts. */
export function labelBox(text: string, font: number): { width: number; height: number } {
  const em = textWidthEm(text);
  const lines = Math.max(1, Math.ceil(em / LABEL_WRAP_EM));
  return { width: Math.min(em, LABEL_WRAP_EM) * font, height: lines * font * LINE_HEIGHT };
}

/**
 * The box a node takes in the layout: its shape with the label beneath. Both languages are measured and the
 * larger kept, so switching language never moves a node.
 */
export function layoutBox(node: GraphNode, isRoot = false): LayoutBox {
  // Measured once per node: layouts and the canvas ask again for every node at every step.
  const cache = isRoot ? rootBoxes : boxes;
  let box = cache.get(node);
  if (!box) cache.set(node, (box = measureBox(node, isRoot)));
  return box;
}

interface LayoutBox {
  width: number;
  height: number;
  labelHeight: number;
}
const boxes = new WeakMap<GraphNode, LayoutBox>();
const rootBoxes = new WeakMap<GraphNode, LayoutBox>();

function measureBox(node: GraphNode, isRoot: boolean): LayoutBox {
  const kind = KIND_METRICS[node.kind];
  const m = isRoot && kind.size < ROOT_METRICS.size ? ROOT_METRICS : kind;
  const zh = labelBox(node.label.zh, m.font);
  const en = labelBox(node.label.en, m.font);
  const labelHeight = Math.max(zh.height, en.height) + LABEL_GAP;
  return { width: Math.max(m.size, zh.width, en.width), height: m.size + labelHeight, labelHeight };
}
