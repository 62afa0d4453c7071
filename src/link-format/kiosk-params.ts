/**
 * `?kiosk` turns the app into an unattended touch kiosk; `?idle=<seconds>` sets how long without a touch
 * before it returns to its start (default 60). Read once at start-up, before anything renders.
 */
export interface KioskParams {
  on: boolean;
  idleSeconds: number;
  /**
   * `&share=https://…`: the site's public address. Only then does the kiosk (which runs at 127.0.0.1) offer a
   * QR code that takes the visitor's view home: that address plus the view.
   */
  share?: string;
}

/** An absolute http(s) address without query or fragment, or undefined. */
export function publicAddressOf(raw: string | null): string | undefined {
  if (!raw || raw.length > 200) return undefined;
  try {
    const u = new URL(raw);
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return undefined;
    return `${u.origin}${u.pathname}`;
  } catch {
    return undefined;
  }
}

export const DEFAULT_IDLE_SECONDS = 60;
/** Shorter than this leaves a visitor no time to read; longer than an hour is not "idle" any more. */
export const MIN_IDLE_SECONDS = 10;
export const MAX_IDLE_SECONDS = 3600;

export function readKioskParams(search: string): KioskParams {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, 4096));
  } catch {
    return { on: false, idleSeconds: DEFAULT_IDLE_SECONDS };
  }
  const flag = params.get('kiosk');
  // `?kiosk`, `?kiosk=1`, `?kiosk=true` turn it on; `?kiosk=0` / `false` / `no` leave it off.
  const on = flag !== null && !/^(0|false|no|off)$/i.test(flag);
  const raw = params.get('idle');
  const n = raw !== null && /^\d{1,5}$/.test(raw) ? Number(raw) : DEFAULT_IDLE_SECONDS;
  const idleSeconds = Math.min(MAX_IDLE_SECONDS, Math.max(MIN_IDLE_SECONDS, n));
  const share = publicAddressOf(params.get('share'));
  return share ? { on, idleSeconds, share } : { on, idleSeconds };
}
