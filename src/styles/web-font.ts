/**
 * The shipped CJK web font (@fontsource/noto-sans-sc: @font-face rules for unicode-range parts, each fetched only
 * when text needs it; font-display: swap), added to the page once, when first asked for. Its rules stay out of
 * the stylesheet that blocks the first paint: the first view and the first canvas draw in the system's CJK font.
 */
let added: Promise<unknown> | undefined;

/** Adds the web font's rules (both weights the page uses); resolves once they apply. */
export function addWebFont(): Promise<unknown> {
  added ??= Promise.all([
    import('@fontsource/noto-sans-sc/400.css'),
    import('@fontsource/noto-sans-sc/700.css'),
  ]).catch(() => undefined);
  return added;
}
