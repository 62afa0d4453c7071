import type { Core, StylesheetJson } from 'cytoscape';
import type { Point } from '../view/positions';
import { SUPPORTS_LOOK, supportsCurve } from './supports-curve';
import type { CanvasTokens } from './theme-tokens';

const strong = {
  width: SUPPORTS_LOOK.strong.width,
  opacity: SUPPORTS_LOOK.strong.opacity,
  'line-dash-pattern': [...SUPPORTS_LOOK.strong.dash],
  'target-arrow-shape': 'triangle',
  'z-index': 1,
} as const;

/**
 * Supports edges beneath the tree: curved (supports-curve.ts), under part-of edges, quiet until their node is
 * selected (focus.ts gives its edges `hl`) or every one is asked for (`allSupports`); then strong, with arrows.
 * Comes after the generic edge rules of the stylesheet, which it overrides for supports edges.
 */
export function supportsStyle(t: CanvasTokens, allSupports: boolean): StylesheetJson {
  const quiet = SUPPORTS_LOOK.quiet;
  return [
    { selector: 'edge.r-part-of', style: { 'z-index': 2 } },
    {
      selector: 'edge.r-supports',
      style: {
        'curve-style': 'unbundled-bezier',
        'edge-distances': 'node-position',
        'control-point-distances': 'data(bow)',
        'control-point-weights': 0.5,
        width: quiet.width,
        opacity: quiet.opacity,
        'line-color': t.supports,
        'target-arrow-color': t.supports,
        'line-style': 'dashed',
        'line-dash-pattern': [...quiet.dash],
        'target-arrow-shape': 'none',
        'arrow-scale': SUPPORTS_LOOK.arrowScale,
        'z-index': 0,
      },
    },
    ...(allSupports ? [{ selector: 'edge.r-supports', style: strong }] : []),
    { selector: 'edge.r-supports.hl', style: strong },
    { selector: 'edge.r-supports.dim', style: { opacity: SUPPORTS_LOOK.dimmed.opacity } },
  ];
}

/** Gives every supports edge the bow of its curve for where its nodes are (or are going). */
export function bowSupports(cy: Core, at: (id: string) => Point | undefined): void {
  cy.batch(() => {
    cy.edges('.r-supports').forEach((e) => {
      const a = at(e.source().id());
      const b = at(e.target().id());
      if (!a || !b) return;
      const bow = Math.round(supportsCurve(a, b).distance * 100) / 100;
      if (e.data('bow') !== bow) e.data('bow', bow);
    });
  });
}
