import { withinLimits } from './canvas-limits';

const cache = new Map<string, boolean>();

/**
 * Can this browser draw on a canvas of this size? Draws one pixel in the far corner and reads it back: a canvas
 * over the browser's limit silently reads back nothing. Sizes over the known Chromium limits are refused without
 * allocating anything. Results are cached per size.
 */
export function probeCanvas(width: number, height: number): boolean {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  if (!withinLimits(w, h)) return false;
  const key = `${w}x${h}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  let ok = false;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (ctx) {
      ctx.fillStyle = '#ff0000';
      ctx.fillRect(w - 1, h - 1, 1, 1);
      ok = ctx.getImageData(w - 1, h - 1, 1, 1).data[3] === 255;
    }
    // Give the memory back at once; a 16k canvas holds a gigabyte.
    canvas.width = 0;
    canvas.height = 0;
  } catch {
    ok = false;
  }
  cache.set(key, ok);
  return ok;
}

/**
 * The largest width that works, starting from the arithmetic limit and stepping down 10% at a time until the
 * browser can draw it (a few probes at most).
 */
export function largestWorkingWidth(candidate: number, heightAt: (width: number) => number): number {
  let w = Math.floor(candidate);
  for (let i = 0; i < 12 && w >= 1; i++) {
    if (probeCanvas(w, heightAt(w))) return w;
    w = Math.floor(w * 0.9);
  }
  return 0;
}
