import type { NodeKind } from '../domain/vocabulary';

/** The canvas shapes drawn as small SVG icons (24×24 box) for the legend and lists. */
const POINTS: Partial<Record<NodeKind, string>> = {
  vision: '12,1 14.9,8.6 23,8.9 16.7,14 18.9,22 12,17.5 5.1,22 7.3,14 1,8.9 9.1,8.6',
  goal: '6,2 18,2 23,12 18,22 6,22 1,12',
  strategy: '12,1 23,12 12,23 1,12',
  principle: '8,1 16,1 23,8 23,16 16,23 8,23 1,16 1,8',
  industry: '1,2 23,2 19,12 23,22 1,22 5,12',
  organization: '12,1 23,9 19,23 5,23 1,9',
  directive: '1,3 17,3 23,12 17,21 1,21',
  target: '12,2 23,22 1,22',
  concept: '6,3 23,3 18,21 1,21',
  place: '1,3 16,3 23,12 16,21 1,21',
};

export function KindIcon({ kind, size = 18 }: { kind: NodeKind; size?: number }) {
  const fill = `var(--kind-${kind})`;
  const points = POINTS[kind];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" className="kind-icon">
      {points ? (
        <polygon points={points} fill={fill} />
      ) : kind === 'measure' ? (
        <circle cx="12" cy="12" r="10" fill={fill} />
      ) : (
        <rect
          x="2"
          y="3"
          width="20"
          height="18"
          rx={kind === 'pillar' ? 5 : kind === 'enterprise' ? 3 : 0}
          fill={fill}
        />
      )}
    </svg>
  );
}
