import type { Tour } from '../domain/tour-schema';
import { clampStep, stepView } from '../view/tour-step';
import { camera } from './camera';
import type { AppState } from './app-store';

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState;

/** The playing or presented tour: which one, which step (0-based), and how it advances. */
export interface TourPlay {
  id: string;
  step: number;
  auto: boolean;
  loop: boolean;
}

export interface TourState {
  /** Tours of the current graph, in document order ([] until loaded, or when it has none). */
  tours: readonly Tour[];
  /** The tour being presented or played, or null while exploring freely. */
  tour: TourPlay | null;
}

export interface TourActions {
  /** Starts a tour at a step (default 0); false, and nothing changes, when the graph has no such tour. */
  startTour(id: string, opts?: { step?: number; auto?: boolean; loop?: boolean }): boolean;
  /** The next step; on the last one, step 0 when looping, else nothing. */
  tourNext(): void;
  /** The previous step; nothing on the first. */
  tourPrev(): void;
  /** A step by number, clamped into the tour. */
  tourGoto(step: number): void;
  /** Switches auto-advance on or off without moving. */
  setTourAuto(auto: boolean): void;
  /** Leaves the tour; the view stays at the current step, to explore from there. */
  stopTour(): void;
}

export const initialTourState = (): TourState => ({ tours: [], tour: null });

/**
 * Applies a step through the same state every other view change uses: the view log, the selection, and a
 * camera request for the step's nodes. Filters are cleared so nothing the step names is hidden; a step (or its
 * tour) that names a layout is shown in it.
 */
function applyStep(set: Set, get: Get, tour: Tour, play: TourPlay): void {
  const { model } = get();
  if (!model) return;
  const view = stepView(model, tour, play.step);
  const layout = tour.steps[play.step]?.layout ?? tour.layout;
  set({
    tour: play,
    ops: view.ops,
    selected: view.selected,
    hiddenKinds: [],
    hiddenRelations: [],
    ...(layout ? { layout } : {}),
  });
  camera.show({ ids: view.show });
}

const current = (get: Get): { tour: Tour; play: TourPlay } | undefined => {
  const play = get().tour;
  const tour = play ? get().tours.find((t) => t.id === play.id) : undefined;
  return play && tour ? { tour, play } : undefined;
};

/** Composed into useApp with one spread (src/store/app-store.ts). */
export const tourSlice = (set: Set, get: Get): TourState & TourActions => ({
  ...initialTourState(),
  startTour(id, opts = {}) {
    const tour = get().tours.find((t) => t.id === id);
    if (!tour || !get().model) return false;
    const step = clampStep(tour, opts.step ?? 0);
    applyStep(set, get, tour, { id, step, auto: opts.auto ?? false, loop: opts.loop ?? false });
    return true;
  },
  tourNext() {
    const c = current(get);
    if (!c) return;
    const last = c.tour.steps.length - 1;
    if (c.play.step < last) applyStep(set, get, c.tour, { ...c.play, step: c.play.step + 1 });
    else if (c.play.loop) applyStep(set, get, c.tour, { ...c.play, step: 0 });
  },
  tourPrev() {
    const c = current(get);
    if (c && c.play.step > 0) applyStep(set, get, c.tour, { ...c.play, step: c.play.step - 1 });
  },
  tourGoto(step) {
    const c = current(get);
    if (!c) return;
    // Also the current step: going to it again restores its picture after the presenter wandered off.
    applyStep(set, get, c.tour, { ...c.play, step: clampStep(c.tour, step) });
  },
  setTourAuto(auto) {
    const play = get().tour;
    if (play && play.auto !== auto) set({ tour: { ...play, auto } });
  },
  stopTour() {
    if (get().tour) set({ tour: null });
  },
});
