// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  FIRST_PAINT_WAIT_MS,
  addHeldBackLinks,
  afterFirstPaint,
  type PaintClock,
} from '../src/app/after-first-paint';

/** A page as index.html writes it: the first view present, marked by the gate script (or not). */
function page(firstView: 'shown' | 'off' | 'absent', visibility: 'visible' | 'hidden' = 'visible') {
  const doc = document.implementation.createHTMLDocument('t');
  if (firstView !== 'absent') doc.body.append(Object.assign(doc.createElement('div'), { id: 'first-view' }));
  if (firstView === 'off') doc.documentElement.setAttribute('data-first-view', 'off');
  let state = visibility;
  Object.defineProperty(doc, 'visibilityState', { get: () => state });
  const hide = () => {
    state = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { doc, hide };
}

/** Frames and timers run by hand, in the order a browser would. */
function clock() {
  const frames: (() => void)[] = [];
  const timers: { cb: () => void; ms: number }[] = [];
  const c: PaintClock = {
    requestFrame: (cb) => void frames.push(cb),
    setTimer: (cb, ms) => void timers.push({ cb, ms }),
  };
  const frame = () => frames.splice(0).forEach((f) => f());
  const tasks = (maxMs: number) =>
    timers
      .splice(0)
      .filter((t) => (t.ms <= maxMs ? true : (timers.push(t), false)))
      .forEach((t) => t.cb());
  return { c, frame, tasks };
}

describe('the app starts after the first view is on screen', () => {
  it('waits for the frame that paints the first view and the one after it, then starts in a task', () => {
    const { doc } = page('shown');
    const k = clock();
    const start = vi.fn();
    afterFirstPaint(start, doc, k.c);
    k.tasks(0);
    expect(start).not.toHaveBeenCalled(); // nothing painted yet
    k.frame();
    k.tasks(0);
    expect(start).not.toHaveBeenCalled(); // painted, not yet shown
    k.frame();
    expect(start).not.toHaveBeenCalled(); // never inside a frame: the app's evaluation would delay it
    k.tasks(0);
    expect(start).toHaveBeenCalledTimes(1);
    k.tasks(FIRST_PAINT_WAIT_MS);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once where no first view is shown: the kiosk, an embed, a presentation, a page without one', () => {
    for (const kind of ['off', 'absent'] as const) {
      const start = vi.fn();
      afterFirstPaint(start, page(kind).doc, clock().c);
      expect(start).toHaveBeenCalledTimes(1);
    }
  });

  it('starts at once in a hidden tab, and when the page is hidden while it waits (no frames come there)', () => {
    const start = vi.fn();
    afterFirstPaint(start, page('shown', 'hidden').doc, clock().c);
    expect(start).toHaveBeenCalledTimes(1);

    const later = vi.fn();
    const { doc, hide } = page('shown');
    afterFirstPaint(later, doc, clock().c);
    expect(later).not.toHaveBeenCalled();
    hide();
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('starts after a moment even when no frame comes', () => {
    const k = clock();
    const start = vi.fn();
    afterFirstPaint(start, page('shown').doc, k.c);
    k.tasks(FIRST_PAINT_WAIT_MS - 1);
    expect(start).not.toHaveBeenCalled();
    k.tasks(FIRST_PAINT_WAIT_MS);
    expect(start).toHaveBeenCalledTimes(1);
  });
});

describe('links held back until the first view is shown', () => {
  it('adds the icon, manifest and preloads to the head, once', () => {
    const doc = document.implementation.createHTMLDocument('t');
    for (const [rel, href] of [
      ['manifest', './m.webmanifest'],
      ['preload', './graph-data/index.json'],
    ]) {
      const t = doc.createElement('template');
      t.setAttribute('data-after-first-paint', '');
      t.content.append(Object.assign(doc.createElement('link'), { rel, href }));
      doc.head.append(t);
    }
    expect(doc.head.querySelectorAll('link')).toHaveLength(0); // inert while in the template
    addHeldBackLinks(doc);
    addHeldBackLinks(doc);
    const links = [...doc.head.querySelectorAll('link')].map((l) => l.getAttribute('rel'));
    expect(links).toEqual(['manifest', 'preload']);
    expect(doc.querySelector('template')).toBeNull();
  });
});
