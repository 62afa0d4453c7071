/**
 * When the kiosk crashed, kept in sessionStorage (it survives a reload, not a browser restart). Pure rules plus
 * two small storage helpers: three crashes within two minutes mean a restart loop, so the kiosk backs off into
 * safe mode; after ten quiet minutes it tries the full app again.
 */
export const CRASH_WINDOW_MS = 2 * 60_000;
export const CRASHES_FOR_SAFE_MODE = 3;
export const SAFE_MODE_HOLD_MS = 10 * 60_000;
const KEEP = 20;
const KEY = 'taigu:kiosk:crashes';

export type CrashLog = readonly number[];

export const recordCrash = (log: CrashLog, now: number): number[] => [...log, now].slice(-KEEP);

/** Whether the crashes in the log (timestamps, ms) call for safe mode at `now`. */
export function wantsSafeMode(log: CrashLog, now: number): boolean {
  const last = log[log.length - 1];
  if (last === undefined || now - last > SAFE_MODE_HOLD_MS) return false;
  // Any run of CRASHES_FOR_SAFE_MODE crashes within the window that ended recently enough.
  for (let i = log.length - 1; i >= CRASHES_FOR_SAFE_MODE - 1; i--) {
    const end = log[i]!;
    if (now - end > SAFE_MODE_HOLD_MS) break;
    if (end - log[i - CRASHES_FOR_SAFE_MODE + 1]! <= CRASH_WINDOW_MS) return true;
  }
  return false;
}

export function readCrashLog(): number[] {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((n): n is number => Number.isFinite(n)).slice(-KEEP) : [];
  } catch {
    return [];
  }
}

export function writeCrashLog(log: CrashLog): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(log));
  } catch {
    // storage unavailable: the kiosk still restarts, it just cannot count across reloads
  }
}
