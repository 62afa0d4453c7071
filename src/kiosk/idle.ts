import { useApp } from '../store/app-store';
import type { KioskPhase } from '../store/kiosk-slice';

/** Events that count as someone being there. pointermove only keeps an exploring visit alive (a mouse that is
 * nudged must not wake the attract loop; a touch screen sends pointerdown first anyway). */
const WAKE_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;
export const CURSOR_HIDE_MS = 3000;

/** The visible countdown at the end of the idle time: 10 s, shorter for very short idle times. */
export const countdownSecondsFor = (idleSeconds: number) =>
  Math.min(10, Math.max(3, Math.floor(idleSeconds / 3)));

export interface IdleHooks {
  /** A touch during the attract loop: a visitor starts exploring from the start view. */
  wake(): void;
  /** The countdown ran out: back to the start, attract loop again. */
  reset(): void;
  /** Safe mode after idle time: whether to try the full app again (and do it). */
  trySafeExit(): void;
}

/**
 * Watches for input and drives the phases: attract → (touch) explore → (idle) countdown → (no touch) reset to
 * attract; a touch in the countdown goes back to exploring. Timers are setTimeout/setInterval measured against
 * Date.now(), so a fake clock (Playwright's page.clock) drives them, and pointermove storms cost no timer churn.
 * Also hides the cursor after a few seconds without input. Returns the function that stops it.
 */
export function startIdleWatch(hooks: IdleHooks): () => void {
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;
  let cursorTimer: ReturnType<typeof setTimeout> | undefined;
  const root = document.documentElement;

  const clear = () => {
    clearTimeout(timer);
    clearInterval(tick);
    timer = tick = undefined;
  };
  /** Calls `fn` once `delay` ms have passed since the last input (re-checking if input came meanwhile). */
  const after = (delay: number, fn: () => void) => {
    clearTimeout(timer);
    const wait = Math.max(0, last + delay - Date.now());
    timer = setTimeout(() => (Date.now() - last >= delay ? fn() : after(delay, fn)), wait);
  };
  const countdown = () => {
    const app = useApp.getState();
    const n = countdownSecondsFor(app.kiosk.idleSeconds);
    app.setKioskPhase('countdown', n);
    tick = setInterval(() => {
      const left = useApp.getState().kiosk.countdown - 1;
      if (left > 0) return useApp.getState().setKioskPhase('countdown', left);
      clear();
      hooks.reset();
    }, 1000);
  };
  const arm = (phase: KioskPhase) => {
    const { idleSeconds } = useApp.getState().kiosk;
    if (phase === 'explore') after((idleSeconds - countdownSecondsFor(idleSeconds)) * 1000, countdown);
    else if (phase === 'safe') after(idleSeconds * 1000, () => (hooks.trySafeExit(), arm('safe')));
  };

  const showCursor = () => {
    delete root.dataset.kioskCursor;
    clearTimeout(cursorTimer);
    cursorTimer = setTimeout(() => (root.dataset.kioskCursor = 'hidden'), CURSOR_HIDE_MS);
  };
  const onWake = (e: Event) => {
    last = Date.now();
    showCursor();
    const { phase, crashed } = useApp.getState().kiosk;
    // The touch that wakes the kiosk or cancels the countdown must not also act on what lies under the overlay
    // (gone by the time the browser sends its compatibility mouse events): cancelling the pointerdown stops them.
    if (e.type === 'pointerdown' && phase !== 'explore' && phase !== 'safe') e.preventDefault();
    if (crashed) return;
    if (phase === 'attract') hooks.wake();
    else if (phase === 'countdown') useApp.getState().setKioskPhase('explore');
  };
  const onMove = () => {
    showCursor();
    const { phase } = useApp.getState().kiosk;
    if (phase === 'attract') return;
    last = Date.now();
    if (phase === 'countdown') useApp.getState().setKioskPhase('explore');
  };

  const unsubscribe = useApp.subscribe((s, p) => {
    if (s.kiosk.phase === p.kiosk.phase) return;
    if (p.kiosk.phase === 'countdown' || s.kiosk.phase !== 'countdown') clear();
    arm(s.kiosk.phase);
  });
  for (const type of WAKE_EVENTS) window.addEventListener(type, onWake, { capture: true, passive: false });
  window.addEventListener('pointermove', onMove, { capture: true, passive: true });
  arm(useApp.getState().kiosk.phase);
  showCursor();

  return () => {
    clear();
    clearTimeout(cursorTimer);
    unsubscribe();
    for (const type of WAKE_EVENTS) window.removeEventListener(type, onWake, { capture: true });
    window.removeEventListener('pointermove', onMove, { capture: true });
  };
}
