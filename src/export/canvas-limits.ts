/**
 * Chromium draws nothing, silently, on a canvas over 268,435,456 px (16384 × 16384) or with a side over 32,767
 * px; cy.png then returns `data:,`. These are the first filter; `probeCanvas` (canvas-probe.ts) confirms a size
 * in the running browser, whose own limit may be lower (phones, other engines).
 */
export const MAX_CANVAS_AREA = 268_435_456;
export const MAX_CANVAS_SIDE = 32_767;

export interface Limits {
  area: number;
  side: number;
}
export const CHROMIUM_LIMITS: Limits = { area: MAX_CANVAS_AREA, side: MAX_CANVAS_SIDE };

export function withinLimits(width: number, height: number, limits: Limits = CHROMIUM_LIMITS): boolean {
  return (
    Number.isFinite(width) &&
    Number.isFinite(height) &&
    width >= 1 &&
    height >= 1 &&
    width <= limits.side &&
    height <= limits.side &&
    width * height <= limits.area
  );
}

/**
 * The largest width (whole px, at most `upTo`) whose framing `heightAt(width)` is within the limits. The height
 * grows with the width (never shrinks), so a binary search finds it. 0 when not even 1 px fits.
 */
export function largestWidthWithin(
  heightAt: (width: number) => number,
  upTo: number,
  limits: Limits = CHROMIUM_LIMITS,
): number {
  let lo = 0;
  let hi = Math.max(0, Math.floor(upTo));
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (withinLimits(mid, heightAt(mid), limits)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
