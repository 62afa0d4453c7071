/** The reader asked for less motion: camera moves and growing nodes happen at once. */
export const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** A phone-sized canvas, where the details sheet covers the lower part while a node is selected. */
export const isPhoneWidth = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(max-width: 820px)').matches;
