import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from '../domain/vocabulary';
import { KIND_SHAPES } from './kind-shapes';
import { portraitStyle } from './portrait-style';
import { supportsStyle } from './supports-style';
import { LABEL_WRAP_EM, LEVEL_MIN_PX, TOP_LEVELS, labelGap, nodeMetrics, rayWrapEm } from './node-metrics';
import { wrapPx } from './label-box';
import type { CanvasScale } from '../view/positions';
import type { CanvasTokens } from './theme-tokens';
import type { Lang } from '../i18n/lang';

const badgeCache = new Map<string, string>();

/** A ray label's place and turn, from the node's data (ray-labels.ts); one function each, shared by every sheet. */
const rayX = (n: NodeSingular) => Number(n.data('mx'));
const rayY = (n: NodeSingular) => Number(n.data('my'));
const rayTurn = (n: NodeSingular) => Number(n.data('rot'));

/**
 * "+N" inside a node with hidden children, "−" inside an open one (tap it to fold).
 * Built from a number and a token colour only.
 */
export function badgeImage(count: number, ink: string): string {
  const key = `${count}|${ink}`;
  let uri = badgeCache.get(key);
  if (!uri) {
    const text = count === 0 ? '−' : count > 99 ? '99+' : `+${count}`;
    const size = text.length > 2 ? 34 : 40;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">` +
      `<text x="50" y="50" dy="0.35em" text-anchor="middle" font-family="sans-serif" font-weight="700" ` +
      `font-size="${size}" fill="${ink.replace(/[^#\w(),.\s%]/g, '')}">${text}</text></svg>`;
    uri = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
    badgeCache.set(key, uri);
  }
  return uri;
}

/** How an export draws labels (src/canvas/export): every one, and larger when the picture needs it. */
export interface ExportLabels {
  /** Font sizes times this (1 on screen). */
  labelBoost: number;
}

export interface StyleOptions {
  /** Drawn for an export: no label is hidden for zoom reasons and none fades in. */
  exportLabels?: ExportLabels;
  /** Shape and label sizes (node-metrics.ts); the kiosk's are larger. Default 'screen'. */
  scale?: CanvasScale;
  /** Every supports edge strong, with its arrow (the view's "show all supports"); default false. */
  allSupports?: boolean;
  /** The portrait tree a phone held upright draws (portrait-style.ts). */
  portrait?: boolean;
}

/**
 * The cytoscape stylesheet as JSON built from tokens in code; no stylesheet string is ever built from data.
 */
export function canvasStyle(t: CanvasTokens, lang: Lang = 'zh', options: StyleOptions = {}): StylesheetJson {
  const { exportLabels, scale = 'screen', allSupports = false, portrait = false } = options;
  const b = exportLabels?.labelBoost ?? 1;
  const wrap = lang === 'zh' ? 'anywhere' : 'whitespace';
  const sized = (m: { size: number; font: number; weight: number }) => ({
    width: m.size,
    height: m.size,
    'font-size': m.font * b,
    'font-weight': m.weight,
    'text-max-width': `${wrapPx(m.font * b, LABEL_WRAP_EM, wrap)}px`,
  });
  const levels = Array.from({ length: TOP_LEVELS }, (_, i) => i + 1);
  const perKind = NODE_KINDS.map((kind) => ({
    selector: `node.k-${kind}`,
    style: {
      shape: KIND_SHAPES[kind],
      'background-color': t.kinds[kind],
      ...sized(nodeMetrics(kind, TOP_LEVELS + 1, scale)),
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': t.font,
        color: t.label,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': labelGap(scale) * b,
        'text-wrap': 'wrap',
        // CJK has no spaces to break at; English must not break inside words.
        'text-overflow-wrap': wrap,
        'line-height': 1.3,
        'text-outline-color': t.halo,
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': exportLabels ? 0 : 7,
        // A tap on a label selects its node: people aim at words.
        'text-events': 'yes',
        'border-width': 0,
        'background-fit': 'contain',
        'background-clip': 'none',
        'transition-property': 'opacity',
        'transition-duration': exportLabels ? 0 : 200,
      },
    },
    ...perKind,
    // The plan's top levels read first (node-metrics LEVEL_FONT); each level stops being drawn at its own size.
    ...levels.flatMap((level) =>
      NODE_KINDS.map((kind) => ({
        selector: `node.lv-${level}.k-${kind}`,
        style: sized(nodeMetrics(kind, level, scale)),
      })),
    ),
    ...[...levels, TOP_LEVELS + 1].map((level) => ({
      selector: `node.lv-${level}`,
      style: { 'min-zoomed-font-size': exportLabels ? 0 : LEVEL_MIN_PX[level]! },
    })),
    // In the radial layout deep labels run outward along their node's ray (ray-labels.ts).
    {
      selector: 'node.ray',
      style: {
        'text-valign': 'center',
        'text-halign': 'center',
        'text-margin-x': rayX,
        'text-margin-y': rayY,
        'text-rotation': rayTurn,
      },
    },
    // The tree's labels start just past their shape, left aligned, whatever the width of their lines.
    {
      selector: 'node.ray.beside',
      style: {
        'text-halign': 'right',
        'text-margin-x': labelGap(scale) * b,
        'text-margin-y': 0,
        'text-rotation': 0,
        'text-justification': 'left',
      },
    },
    // The top levels' ray labels wrap narrower (node-metrics `rayWrapEm`), as the layout made room for them.
    ...(['radial', 'tree'] as const).flatMap((layout) =>
      levels
        .filter((level) => rayWrapEm(level, layout) !== LABEL_WRAP_EM)
        .flatMap((level) =>
          NODE_KINDS.map((kind) => ({
            selector: `node.ray${layout === 'tree' ? '.beside' : ''}.lv-${level}.k-${kind}`,
            style: {
              'text-max-width': `${wrapPx(nodeMetrics(kind, level, scale).font * b, rayWrapEm(level, layout), wrap)}px`,
            },
          })),
        ),
    ),
    {
      selector: 'node[badge]',
      style: { 'background-image': 'data(badge)', 'background-width': '80%', 'background-height': '80%' },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': t.selected, 'border-opacity': 1 },
    },
    // Drawing an edge in the editor: the node it starts from and the one it would join.
    {
      selector: 'node.connect-source, node.connect-target',
      style: { 'border-width': 4, 'border-color': t.selected, 'border-style': 'dashed' },
    },
    { selector: 'node.dim', style: { opacity: 0.18 } },
    { selector: 'edge.dim', style: { opacity: 0.08 } },
    {
      selector: 'edge',
      style: { width: 1.5, 'curve-style': 'bezier', 'line-color': t.partOf, 'target-arrow-color': t.partOf },
    },
    { selector: 'edge.r-part-of.bridged', style: { 'line-style': 'dotted' } },
    // From past the end of a parent's ray label (elements.ts edgesFromLabelTips), never over it.
    { selector: 'edge.r-part-of.to-ray', style: { 'target-endpoint': 'data(tip)' } },
    // The tree's edges turn into each child just before its shape (tree-edges.ts), so none runs over a label.
    {
      selector: 'edge.r-part-of.elbow',
      style: {
        'curve-style': 'taxi',
        'taxi-direction': 'horizontal',
        'taxi-turn': 'data(turn)',
        'taxi-turn-min-distance': 0,
        'edge-distances': 'node-position',
      },
    },
    { selector: 'edge.hl', style: { width: 3, opacity: 1 } },
    ...(portrait ? portraitStyle() : []),
    ...supportsStyle(t, allSupports),
    // Level of detail (level-of-detail.ts): zoomed far out on a large graph, only shapes and plain lines.
    { selector: 'node.far', style: { label: '', 'background-image': 'none' } },
    { selector: 'edge.far', style: { 'target-arrow-shape': 'none', 'curve-style': 'haystack' } },
  ];
}
