import { useApp } from '../store/app-store';
import { injectCrash, onBoundaryCrash } from '../errors/crash-signal';
import { attractTourPlaying, skipTourStep, stopAttractTour } from './attract-tour';
import { readCrashLog, recordCrash, wantsSafeMode, writeCrashLog } from './crash-log';
import { resetToStart } from './reset';

/** How long the calm message shows before the app is back at its start. */
export const RESTART_DELAY_MS = 3000;
/** Failed tour steps in a row that are skipped before the kiosk restarts instead. */
const MAX_SKIPPED_STEPS = 5;

/** Browser noise that is not an error of the app (Chromium reports it through window 'error'). */
const BENIGN = /ResizeObserver loop/;

/**
 * In kiosk mode any error — one a panel's boundary caught, an uncaught one, a rejected promise — shows a calm
 * message and restarts the app to its start within seconds (a remount: no network needed). Crashes are counted
 * in sessionStorage; a restart loop (3 within 2 minutes) backs off into safe mode instead. While the attract tour
 * plays, an uncaught error is taken for a failed step and the step is skipped.
 */
export function startSelfHeal(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let skipped = 0;

  const restart = () => {
    timer = undefined;
    injectCrash(null);
    resetToStart();
    const app = useApp.getState();
    app.restartKiosk();
    app.updateKiosk({ crashed: false });
    app.setKioskPhase('attract');
  };

  const crash = (source: 'boundary' | 'window' | 'promise', where: string, error: unknown) => {
    const s = useApp.getState();
    if (s.kiosk.phase === 'safe' || s.kiosk.crashed) return;
    if (
      source !== 'boundary' &&
      s.kiosk.phase === 'attract' &&
      attractTourPlaying() &&
      skipped < MAX_SKIPPED_STEPS
    ) {
      console.error('[kiosk] a tour step failed; skipping it', error);
      if (skipTourStep()) {
        skipped++;
        return;
      }
    }
    const now = Date.now();
    const log = recordCrash(readCrashLog(), now);
    writeCrashLog(log);
    console.error(`[kiosk] error in ${where}; back to the start`, error);
    stopAttractTour();
    if (wantsSafeMode(log, now)) {
      injectCrash(null);
      s.updateKiosk({ crashed: false, panel: null });
      s.setKioskPhase('safe');
      return;
    }
    s.updateKiosk({ crashed: true, panel: null });
    timer = setTimeout(restart, RESTART_DELAY_MS);
  };

  const onError = (e: ErrorEvent) => {
    if (!BENIGN.test(e.message ?? '')) crash('window', 'window', e.error ?? e.message);
  };
  const onRejection = (e: PromiseRejectionEvent) => crash('promise', 'a promise', e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const offBoundary = onBoundaryCrash((name, error) => crash('boundary', name, error));
  const offPhase = useApp.subscribe((s, p) => {
    if (s.kiosk.phase !== p.kiosk.phase) skipped = 0;
  });

  return () => {
    clearTimeout(timer);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    offBoundary();
    offPhase();
  };
}
