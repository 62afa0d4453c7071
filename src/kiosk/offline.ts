/**
 * The service worker (generated at build time by vite-plugin-pwa: every file of the build precached, graph data
 * and fonts included) is registered in kiosk mode only: a kiosk must run with no network, whereas for web readers
 * a cached app risks serving yesterday's build. Updates never apply mid-visit: a new worker installs in the
 * background and waits; the kiosk activates it at the next idle reset, by reloading the start view.
 */
let registration: ServiceWorkerRegistration | undefined;

export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then((r) => (registration = r))
    .catch((e: unknown) => console.warn('[kiosk] no offline support here:', e));
}

/**
 * At an idle reset: if an update has finished installing, switch to it now (the page reloads, from the new
 * precache, so offline is kept) and return true; otherwise ask for one quietly and return false.
 */
export function applyUpdateAtReset(): boolean {
  const r = registration;
  if (!r) return false;
  const sw = navigator.serviceWorker;
  if (r.waiting && sw.controller) {
    sw.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    r.waiting.postMessage({ type: 'SKIP_WAITING' });
    return true;
  }
  void r.update().catch(() => undefined);
  return false;
}
