import { useEffect } from 'react';
import { useApp } from '../store/app-store';
import { DEFAULT_STEP_SECONDS } from '../domain/tour-schema';

/**
 * Auto-advance: while the tour's `auto` is on, each step stays for its duration, then the next one comes; at the
 * end a looping tour starts over and any other stops advancing. A plain setTimeout, restarted whenever the step
 * changes (also by hand), so tests drive it with a fake clock instead of waiting.
 */
export function useTourAutoplay(): void {
  const play = useApp((s) => s.tour);
  const tours = useApp((s) => s.tours);
  useEffect(() => {
    if (!play?.auto) return;
    const tour = tours.find((x) => x.id === play.id);
    const step = tour?.steps[play.step];
    if (!tour || !step) return;
    const atEnd = play.step >= tour.steps.length - 1 && !play.loop;
    const timer = setTimeout(
      () => {
        const app = useApp.getState();
        if (atEnd) app.setTourAuto(false);
        else app.tourNext();
      },
      (step.duration ?? DEFAULT_STEP_SECONDS) * 1000,
    );
    return () => clearTimeout(timer);
  }, [play, tours]);
}
