/** The reader asked for less motion: camera moves and growing nodes happen at once. */
export const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A phone either way up (small-screens.css uses the same query): the header is one row, the zoom buttons float
 * over the canvas's lower edge and the details sheet covers the lower part while a node is selected.
 */
export const COMPACT_QUERY = '(max-width: 820px), (max-height: 500px)';
export const isPhoneWidth = (): boolean =>
  typeof matchMedia === 'function' && matchMedia(COMPACT_QUERY).matches;

/** The band the floating zoom buttons take at the canvas's foot on a compact screen (small-screens.css). */
export const CONTROLS_BAND = 56;
/** The details sheet lowered to its peek strip (details-sheet.css). */
export const PEEK_HEIGHT = 64;
/** The details sheet open covers at most this share of the canvas (small-screens.css `.side` max-height). */
export const SHEET_SHARE = 0.55;
