/**
 * The shared tour interface (see the tours/kiosk brief): a tour is data next to the graph,
 * graph-data/<graph>/tours/<id>.json, validated by src/domain/validate-tour.ts.
 */
export interface TourStep {
  /** Nodes to show: the path down to each is opened. */
  reveal: string[];
  /** The node selected in this step (its details and quote are shown); among `reveal` or above one of them. */
  focus: string;
  /** One or two sentences a visitor reads in about ten seconds. */
  caption: { zh: string; en: string };
  /** Seconds the step stays on screen when the tour plays by itself; DEFAULT_STEP_SECONDS when absent. */
  duration?: number;
}

export interface Tour {
  id: string;
  title: { zh: string; en: string };
  steps: TourStep[];
}

export const DEFAULT_STEP_SECONDS = 10;

/** The playing or presented tour: which one, which step (0-based), and how it advances. */
export interface TourPlay {
  id: string;
  step: number;
  auto: boolean;
  loop: boolean;
}
