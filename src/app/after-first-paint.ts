/**
 * Runs `start` once the page has shown the first view index.html carries. A module script runs as soon as the
 * document is parsed, usually before the browser's first rendering opportunity: evaluating the app there would
 * hold the first picture back by the length of that evaluation (a few hundred ms on a phone). A frame callback
 * comes just before a paint; the second one comes once the first frame has gone to the screen.
 *
 * The links index.html keeps in `<template data-after-first-paint>` (the SVG icon, the web app manifest, the first
 * view's data preloads) are added to the head then too (addHeldBackLinks): in headless Chromium with a phone's
 * user agent, as Lighthouse runs it, the first frame went to the screen one to two seconds late while the SVG icon
 * or the manifest was loading.
 *
 * Where no first view is shown (the kiosk, an embedded view, a presentation: first-view-gate.js marks them
 * `data-first-view="off"`) there is nothing to wait for. A hidden page (a background tab) gets no frames: it starts
 * at once, and so does a page hidden while it waits; a timer makes sure nothing waits longer than a moment.
 */
import { FIRST_VIEW_ID } from '../canvas/first-view-id';

export interface PaintClock {
  requestFrame: (cb: () => void) => void;
  setTimer: (cb: () => void, ms: number) => void;
}

/** The longest the app waits for its frames (a page shown but starved of frames still starts). */
export const FIRST_PAINT_WAIT_MS = 1500;

const browserClock = (): PaintClock => ({
  requestFrame: (cb) => requestAnimationFrame(() => cb()),
  setTimer: (cb, ms) => void setTimeout(cb, ms),
});

export function afterFirstPaint(
  start: () => void,
  doc: Document = document,
  clock: PaintClock = browserClock(),
): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    doc.removeEventListener('visibilitychange', onHidden);
    start();
  };
  const onHidden = () => {
    if (doc.visibilityState === 'hidden') once();
  };
  const shown = doc.documentElement.getAttribute('data-first-view') !== 'off';
  if (!shown || !doc.getElementById(FIRST_VIEW_ID) || doc.visibilityState === 'hidden') {
    once();
    return;
  }
  doc.addEventListener('visibilitychange', onHidden);
  clock.requestFrame(() => clock.requestFrame(() => clock.setTimer(once, 0)));
  clock.setTimer(once, FIRST_PAINT_WAIT_MS);
}

/** Adds the links held back in `<template data-after-first-paint>` to the head (their fetches start now). */
export function addHeldBackLinks(doc: Document = document): void {
  for (const t of doc.querySelectorAll<HTMLTemplateElement>('template[data-after-first-paint]')) {
    doc.head.append(t.content.cloneNode(true));
    t.remove();
  }
}
