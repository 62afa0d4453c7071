import { useEffect } from 'react';
import { useApp } from '../store/app-store';
import { enterFullscreen, exitFullscreen, toggleFullscreen } from './fullscreen';

/** What each key does while presenting. Clickers send PageDown / PageUp (some send arrows or Space). */
export type PresenterAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'fullscreen';

export function presenterAction(key: string): PresenterAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return undefined;
  }
}

/** Carries out a presenter action; returns true when it asked for full screen (the F key). */
export function runPresenterAction(action: PresenterAction): boolean {
  const app = useApp.getState();
  const tour = app.tours.find((t) => t.id === app.tour?.id);
  if (action === 'next') app.tourNext();
  else if (action === 'prev') app.tourPrev();
  else if (action === 'first') app.tourGoto(0);
  else if (action === 'last') app.tourGoto((tour?.steps.length ?? 1) - 1);
  else if (action === 'fullscreen') return toggleFullscreen();
  else app.stopTour();
  return false;
}

const isField = (el: Element | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;

/**
 * The presenter's keys, on the window in the capture phase so they come before the explorer's own keys (Esc
 * there clears the selection; here it leaves the tour and keeps the step's selection). Space and Enter on a
 * focused button press that button instead. The first key or click asks for full screen; leaving full screen
 * with the browser's own Esc (which the page never sees as a key) leaves the tour too.
 */
export function usePresenterKeys(): void {
  useEffect(() => {
    let asked = false;
    /** Full screen was entered here: only then does leaving it leave the tour, and the tour's end leave it. */
    let entered = false;
    let toggling = false;
    const gesture = () => {
      if (asked) return;
      asked = true;
      entered = enterFullscreen();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isField(document.activeElement)) return;
      const action = presenterAction(e.key);
      if (!action) return;
      const onButton = document.activeElement instanceof HTMLButtonElement;
      if (onButton && (e.key === ' ' || e.key === 'Enter')) return;
      e.preventDefault();
      e.stopPropagation();
      if (action === 'fullscreen') {
        asked = true;
        toggling = document.fullscreenElement !== null; // leaving it with F is not leaving the tour
        if (runPresenterAction(action)) entered = true;
        return;
      }
      if (action !== 'exit') gesture();
      runPresenterAction(action);
    };
    const onFullscreenChange = () => {
      if (document.fullscreenElement) return;
      if (toggling) toggling = false;
      else if (entered) useApp.getState().stopTour();
      entered = false;
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', gesture, true);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', gesture, true);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (entered) exitFullscreen();
    };
  }, []);
}
