import type { Picture, PictureNode } from '../../src/canvas/offscreen/export-graph';
import type { CanvasTokens } from '../../src/canvas/theme-tokens';
import type { BandContent } from '../../src/export/bands';
import { NODE_KINDS } from '../../src/domain/vocabulary';

export const tokensFixture = (): CanvasTokens => ({
  font: '"Noto Sans SC", sans-serif',
  bg: '#ffffff',
  label: '#222222',
  halo: '#ffffff',
  partOf: '#999999',
  supports: '#3f7f9e',
  badgeInk: '#ffffff',
  selected: '#1d5fd1',
  kinds: Object.fromEntries(NODE_KINDS.map((k) => [k, '#777777'])) as CanvasTokens['kinds'],
});

export const bandsFixture = (): BandContent => ({
  title: '太谷区2021年发展思路',
  subtitle: '分支：<农高区> & 7 个节点',
  legend: [
    { type: 'kind', kind: 'goal', label: '目标', color: '#c0442b' },
    { type: 'relation', relation: 'supports', label: '支撑', color: '#3f7f9e' },
  ],
  footer: ['来源：刘伟《高举金字招牌》', '导出于 2026-01-05 · http://example.test/?s=a&x=b'],
  font: '"Noto Sans SC", sans-serif',
  ink: '#222222',
  muted: '#666666',
  background: '#ffffff',
  badgeInk: '#ffffff',
});

const node = (id: string, x: number, y: number, label: string, hidden = 0): PictureNode => ({
  id,
  x,
  y,
  size: 40,
  shape: 'hexagon',
  color: '#c0442b',
  label,
  font: 16,
  weight: 700,
  gap: 6,
  hidden,
  wrapEm: 10,
});

export const pictureFixture = (): Picture => {
  const a = node('a', 50, 50, '最具影响力的国家级农高区', 3);
  const b = node('b', 250, 150, '<script>alert(1)</script>');
  return {
    width: 300,
    height: 200,
    zoom: 1,
    allSupports: false,
    nodes: [a, b],
    edges: [{ source: b, target: a, relation: 'supports', bridged: false }],
  };
};
