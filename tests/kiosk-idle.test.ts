// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useApp } from '../src/store/app-store';
import { startIdleWatch, type IdleHooks } from '../src/kiosk/idle';

const phase = () => useApp.getState().kiosk.phase;
const touch = () => window.dispatchEvent(new Event('pointerdown'));

describe('the kiosk idle watch', () => {
  let stop: () => void;
  let hooks: { [K in keyof IdleHooks]: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    vi.useFakeTimers();
    useApp.getState().enterKiosk(30);
    hooks = {
      wake: vi.fn(() => useApp.getState().setKioskPhase('explore')),
      reset: vi.fn(() => useApp.getState().setKioskPhase('attract')),
      trySafeExit: vi.fn(),
    };
    stop = startIdleWatch(hooks as unknown as IdleHooks);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('wakes on a touch in the attract loop, and only then', () => {
    vi.advanceTimersByTime(120_000);
    expect(hooks.reset).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointermove'));
    expect(phase()).toBe('attract');
    touch();
    expect(hooks.wake).toHaveBeenCalledOnce();
    expect(phase()).toBe('explore');
  });

  it('counts down in the last 10 s of the idle time, then resets', () => {
    touch();
    vi.advanceTimersByTime(19_999);
    expect(phase()).toBe('explore');
    vi.advanceTimersByTime(1);
    expect(phase()).toBe('countdown');
    expect(useApp.getState().kiosk.countdown).toBe(10);
    vi.advanceTimersByTime(4000);
    expect(useApp.getState().kiosk.countdown).toBe(6);
    vi.advanceTimersByTime(6000);
    expect(hooks.reset).toHaveBeenCalledOnce();
    expect(phase()).toBe('attract');
  });

  it('any input restarts the idle time; a touch in the countdown cancels it', () => {
    touch();
    vi.advanceTimersByTime(15_000);
    window.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(15_000);
    expect(phase()).toBe('explore');
    vi.advanceTimersByTime(6000);
    expect(phase()).toBe('countdown');
    touch();
    expect(phase()).toBe('explore');
    vi.advanceTimersByTime(19_000);
    expect(phase()).toBe('explore');
    expect(hooks.reset).not.toHaveBeenCalled();
  });

  it('hides the cursor after a few seconds without input', () => {
    touch();
    expect(document.documentElement.dataset.kioskCursor).toBeUndefined();
    vi.advanceTimersByTime(3000);
    expect(document.documentElement.dataset.kioskCursor).toBe('hidden');
    window.dispatchEvent(new Event('pointermove'));
    expect(document.documentElement.dataset.kioskCursor).toBeUndefined();
  });

  it('in safe mode, asks to try the full app after each quiet idle time', () => {
    useApp.getState().setKioskPhase('safe');
    vi.advanceTimersByTime(29_000);
    touch();
    vi.advanceTimersByTime(29_000);
    expect(hooks.trySafeExit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(hooks.trySafeExit).toHaveBeenCalledOnce();
  });
});
