import { NODE_KINDS, type NodeKind } from '../domain/vocabulary';

export interface CanvasTokens {
  font: string;
  bg: string;
  label: string;
  halo: string;
  partOf: string;
  supports: string;
  badgeInk: string;
  selected: string;
  kinds: Record<NodeKind, string>;
}

/** Reads the design tokens from CSS custom properties, so the canvas and the panels share one palette. */
export function readCanvasTokens(root: Element = document.documentElement): CanvasTokens {
  const css = getComputedStyle(root);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const kinds = Object.fromEntries(NODE_KINDS.map((k) => [k, v(`--kind-${k}`, '#777777')])) as Record<
    NodeKind,
    string
  >;
  return {
    // cytoscape accepts double-quoted family names only; CSS serialises them with either quote.
    font: v('--font-sans', 'sans-serif').replace(/'/g, '"'),
    bg: v('--canvas-bg', '#ffffff'),
    label: v('--canvas-label', '#222222'),
    halo: v('--canvas-label-halo', '#ffffff'),
    partOf: v('--edge-part-of', '#999999'),
    supports: v('--edge-supports', '#3f7f9e'),
    badgeInk: v('--badge-ink', '#ffffff'),
    selected: v('--selected-ring', '#1d5fd1'),
    kinds,
  };
}
