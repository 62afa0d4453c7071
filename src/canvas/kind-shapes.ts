import type { NodeKind } from '../domain/vocabulary';

/** One shape per kind, so the graph still reads in grey print and for colour-blind readers. */
export const KIND_SHAPES: Record<NodeKind, string> = {
  vision: 'star',
  pillar: 'round-rectangle',
  goal: 'hexagon',
  strategy: 'diamond',
  principle: 'octagon',
  measure: 'ellipse',
  project: 'rectangle',
  enterprise: 'barrel',
  industry: 'concave-hexagon',
  place: 'round-tag',
  organization: 'pentagon',
  directive: 'tag',
  target: 'triangle',
  concept: 'rhomboid',
};
