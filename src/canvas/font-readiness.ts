/**
 * Whether the canvas's labels were drawn with the web font. Its parts (unicode-range slices) arrive as text
 * needs them, so a label drawn before its slice is in shows a fallback face until the canvas is restyled. A
 * restyle re-applies the whole stylesheet (tens of ms on every node), so it is done only when something was
 * drawn early and the fonts for it are now in, never for text elsewhere on the page. After the first paint the
 * slices for every label of the graph are fetched in the background, so later expands find them ready.
 */
const WEIGHTS = ['400', '700'];
const FAMILY = '"Noto Sans SC"';

const fonts = (): FontFaceSet | undefined => (typeof document !== 'undefined' ? document.fonts : undefined);

/** True when every character of `text` can be drawn with the loaded web-font parts (or there are no fonts). */
export function fontsReadyFor(text: string): boolean {
  const set = fonts();
  if (!set || typeof set.check !== 'function') return true;
  try {
    return WEIGHTS.every((w) => set.check(`${w} 16px ${FAMILY}`, text));
  } catch {
    return true;
  }
}

/** Fetches the web-font parts `text` needs (both weights); never rejects. */
export function preloadFontsFor(text: string): Promise<void> {
  const set = fonts();
  if (!set || typeof set.load !== 'function') return Promise.resolve();
  const chars = [...new Set(text)].join('');
  return Promise.all(WEIGHTS.map((w) => set.load(`${w} 16px ${FAMILY}`, chars).catch(() => []))).then(
    () => undefined,
  );
}

/** Keeps track of labels drawn before their font parts arrived and says when a restyle would fix them. */
export class FontReadiness {
  private early = false;

  /** Call after drawing; `labels` (every label shown) is only read while nothing early is pending. */
  drew(labels: () => string): void {
    if (!this.early && !fontsReadyFor(labels())) this.early = true;
  }

  /** Call when font parts have arrived: true when labels drawn early can now be redrawn properly. */
  shouldRestyle(shownLabels: string): boolean {
    if (!this.early || !fontsReadyFor(shownLabels)) return false;
    this.early = false;
    return true;
  }
}

/** Runs `fn` when the page has nothing else to do (or after a few seconds at the latest). */
export function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 3000 });
  else setTimeout(fn, 1000);
}
