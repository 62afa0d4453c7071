/**
 * Kiosk mode as store state (the mode is state, not a forked component tree). The behaviour lives in
 * src/kiosk/ (loaded only with ?kiosk); this slice is what it and the UI share.
 */
export type KioskPhase = 'attract' | 'explore' | 'countdown' | 'safe';
export type KioskPanel = 'outline' | 'search' | null;

export interface KioskInfo {
  on: boolean;
  /** attract: nobody there, the invitation (and the overview tour) plays; explore: someone touches; countdown:
   * idle, about to go back to the start; safe: repeated crashes, a static overview without the canvas. */
  phase: KioskPhase;
  idleSeconds: number;
  /** Seconds left while phase is 'countdown'. */
  countdown: number;
  /** The big-button panel open over the canvas. */
  panel: KioskPanel;
  /** What was typed on the on-screen keypad (pinyin initials). */
  query: string;
  /** An error was caught: a calm message shows until the app restarts. */
  crashed: boolean;
  /** Bumped to remount the whole app after an error. */
  generation: number;
}

export interface KioskSlice {
  kiosk: KioskInfo;
  enterKiosk(idleSeconds: number): void;
  setKioskPhase(phase: KioskPhase, countdown?: number): void;
  updateKiosk(patch: Partial<Omit<KioskInfo, 'on' | 'phase' | 'generation'>>): void;
  /** Remounts the app from scratch (after an error). */
  restartKiosk(): void;
}

export const kioskOff = (): KioskInfo => ({
  on: false,
  phase: 'attract',
  idleSeconds: 60,
  countdown: 0,
  panel: null,
  query: '',
  crashed: false,
  generation: 0,
});

type SetKiosk = (partial: Pick<KioskSlice, 'kiosk'>) => void;

export const kioskSlice = (set: SetKiosk, get: () => KioskSlice): KioskSlice => ({
  kiosk: kioskOff(),
  enterKiosk: (idleSeconds) => set({ kiosk: { ...get().kiosk, on: true, phase: 'attract', idleSeconds } }),
  setKioskPhase(phase, countdown = 0) {
    const k = get().kiosk;
    if (!k.on || (k.phase === phase && k.countdown === countdown)) return;
    set({ kiosk: { ...k, phase, countdown } });
  },
  updateKiosk: (patch) => set({ kiosk: { ...get().kiosk, ...patch } }),
  restartKiosk: () => set({ kiosk: { ...get().kiosk, generation: get().kiosk.generation + 1 } }),
});
