/**
 * Keeps the display on with the Screen Wake Lock. The browser drops the lock whenever the page is hidden, so it
 * is requested again on every visibilitychange back to visible. Failures (no support, not a secure context,
 * battery saver) are ignored: the kiosk's power settings are then the fallback (docs/kiosk.md).
 */
interface Sentinel {
  released: boolean;
  release(): Promise<void>;
}
interface WakeLockApi {
  request(type: 'screen'): Promise<Sentinel>;
}

export function keepScreenAwake(nav: Navigator = navigator): () => void {
  const api = (nav as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
  let sentinel: Sentinel | undefined;
  let stopped = false;
  const acquire = async () => {
    if (!api || stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
    try {
      sentinel = await api.request('screen');
    } catch {
      sentinel = undefined;
    }
  };
  const onVisibility = () => void acquire();
  document.addEventListener('visibilitychange', onVisibility);
  void acquire();
  return () => {
    stopped = true;
    document.removeEventListener('visibilitychange', onVisibility);
    void sentinel?.release().catch(() => undefined);
  };
}
