/**
 * Full screen for presentation mode. Browsers grant it only inside a user gesture, so it is asked for on the
 * presenter's first key or click; refusals (iframes, kiosks, tests) are ignored: presenting works without it.
 */
/** Asks for full screen; true when it was asked here (not already full screen, e.g. by a kiosk's browser). */
export function enterFullscreen(): boolean {
  const el = document.documentElement;
  if (document.fullscreenElement || typeof el.requestFullscreen !== 'function') return false;
  el.requestFullscreen().catch(() => undefined);
  return true;
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    document.exitFullscreen().catch(() => undefined);
}

/** True when it asked for full screen, false when it left it (or could do neither). */
export function toggleFullscreen(): boolean {
  if (!document.fullscreenElement) return enterFullscreen();
  exitFullscreen();
  return false;
}
