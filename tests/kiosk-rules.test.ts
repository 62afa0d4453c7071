import { describe, expect, it } from 'vitest';
import { readKioskParams } from '../src/link-format/kiosk-params';
import { CRASH_WINDOW_MS, SAFE_MODE_HOLD_MS, recordCrash, wantsSafeMode } from '../src/kiosk/crash-log';
import { countdownSecondsFor } from '../src/kiosk/idle';

describe('?kiosk and ?idle', () => {
  it('turns kiosk mode on with the flag, with the default idle time of 60 s', () => {
    expect(readKioskParams('?kiosk')).toEqual({ on: true, idleSeconds: 60 });
    expect(readKioskParams('?kiosk=1&idle=90')).toEqual({ on: true, idleSeconds: 90 });
    expect(readKioskParams('?g=taigu-2021&kiosk')).toEqual({ on: true, idleSeconds: 60 });
  });
  it('stays off without it or when it says no', () => {
    expect(readKioskParams('').on).toBe(false);
    expect(readKioskParams('?idle=30').on).toBe(false);
    expect(readKioskParams('?kiosk=0').on).toBe(false);
    expect(readKioskParams('?kiosk=false').on).toBe(false);
  });
  it('keeps the idle time sane: whole seconds within 10..3600, anything else is the default', () => {
    expect(readKioskParams('?kiosk&idle=3').idleSeconds).toBe(10);
    expect(readKioskParams('?kiosk&idle=99999').idleSeconds).toBe(3600);
    for (const bad of ['-5', '1e3', 'abc', '', '30s', '2.5'])
      expect(readKioskParams(`?kiosk&idle=${bad}`).idleSeconds).toBe(60);
  });
  it('shows a countdown of 10 s at most, at least 3', () => {
    expect(countdownSecondsFor(60)).toBe(10);
    expect(countdownSecondsFor(30)).toBe(10);
    expect(countdownSecondsFor(15)).toBe(5);
    expect(countdownSecondsFor(10)).toBe(3);
  });
});

describe('crash back-off', () => {
  const t0 = 1_700_000_000_000;
  it('restarts after one or two crashes, backs off into safe mode at three within two minutes', () => {
    let log = recordCrash([], t0);
    expect(wantsSafeMode(log, t0)).toBe(false);
    log = recordCrash(log, t0 + 10_000);
    expect(wantsSafeMode(log, t0 + 10_000)).toBe(false);
    log = recordCrash(log, t0 + CRASH_WINDOW_MS);
    expect(wantsSafeMode(log, t0 + CRASH_WINDOW_MS)).toBe(true);
  });
  it('does not count crashes spread wider than the window', () => {
    const log = [t0, t0 + CRASH_WINDOW_MS / 2, t0 + CRASH_WINDOW_MS + 1];
    expect(wantsSafeMode(log, t0 + CRASH_WINDOW_MS + 1)).toBe(false);
  });
  it('tries the full app again after a quiet spell', () => {
    const log = [t0, t0 + 1000, t0 + 2000];
    expect(wantsSafeMode(log, t0 + 2000 + SAFE_MODE_HOLD_MS - 1)).toBe(true);
    expect(wantsSafeMode(log, t0 + 2000 + SAFE_MODE_HOLD_MS + 1)).toBe(false);
  });
  it('keeps a bounded log', () => {
    let log: number[] = [];
    for (let i = 0; i < 100; i++) log = recordCrash(log, t0 + i * 10 * CRASH_WINDOW_MS);
    expect(log.length).toBe(20);
    expect(log[19]).toBe(t0 + 99 * 10 * CRASH_WINDOW_MS);
  });
});
