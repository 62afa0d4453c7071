import { useEffect } from 'react';
import { COMPACT_QUERY } from '../canvas/media';
import { useApp } from '../store/app-store';

/** Keeps the store's screen shape (compact, portrait) in step with the window, turning included. */
export function useScreenShape(): void {
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const compact = matchMedia(COMPACT_QUERY);
    const portrait = matchMedia('(orientation: portrait)');
    const update = () =>
      useApp.getState().setScreen({ compact: compact.matches, portrait: portrait.matches });
    update();
    compact.addEventListener('change', update);
    portrait.addEventListener('change', update);
    return () => {
      compact.removeEventListener('change', update);
      portrait.removeEventListener('change', update);
    };
  }, []);
}
