import { useApp } from '../store/app-store';

/** The kiosk's attract loop: the overview tour on repeat, through the store's tour actions. */
export const ATTRACT_TOUR = 'overview';

const api = () => useApp.getState();

/** Starts the overview tour on repeat; false when there is no such tour (yet). Never throws. */
export function startAttractTour(): boolean {
  try {
    const a = api();
    if (a.tour?.id === ATTRACT_TOUR) return true;
    return a.startTour(ATTRACT_TOUR, { auto: true, loop: true });
  } catch (e) {
    console.error('[kiosk] attract tour could not start', e);
    return false;
  }
}

export function stopAttractTour(): void {
  try {
    if (api().tour) api().stopTour();
  } catch (e) {
    console.error('[kiosk] attract tour could not stop', e);
  }
}

export const attractTourPlaying = () => api().tour?.id === ATTRACT_TOUR;

/** A step that failed is skipped: on to the next one (the loop wraps). Returns whether there was a tour. */
export function skipTourStep(): boolean {
  try {
    if (!api().tour) return false;
    api().tourNext();
    return true;
  } catch {
    return false;
  }
}

/**
 * While the phase is 'attract', keeps the overview tour playing: starts it when the phase begins, when the
 * graph (and its tours) arrive, and after a restart. Returns the function that stops watching.
 */
export function keepAttractTourPlaying(): () => void {
  const kick = () => {
    const s = useApp.getState();
    if (
      s.kiosk.phase === 'attract' &&
      s.status === 'ready' &&
      s.model &&
      !s.kiosk.crashed &&
      !attractTourPlaying()
    )
      startAttractTour();
  };
  kick();
  return useApp.subscribe((s, p) => {
    if (
      s.kiosk.phase !== p.kiosk.phase ||
      s.status !== p.status ||
      s.model !== p.model ||
      s.kiosk.crashed !== p.kiosk.crashed ||
      s.tours !== p.tours
    )
      kick();
  });
}
