import { useApp } from '../store/app-store';
import { camera } from '../store/camera';
import { initialView, type ViewState } from '../view/view-state';
import { stepFrame } from '../view/tour-step';
import { stopAttractTour } from './attract-tour';

/**
 * The kiosk's start: the store's view right after loadGraph with no stored view and no link (nothing open,
 * nothing selected, no filters, Chinese), in the theme and layout the kiosk was configured with
 * (`?kiosk&theme=dark&layout=tree`),
 * the camera at 'home'.
 */
let start: ViewState = initialView();

export function configureStart(config: Partial<Pick<ViewState, 'theme' | 'layout'>>): void {
  start = {
    ...initialView(),
    ...(config.theme ? { theme: config.theme } : {}),
    ...(config.layout ? { layout: config.layout } : {}),
  };
}

export const startView = (): ViewState => ({ ...start, ops: [], hiddenKinds: [], hiddenRelations: [] });

const REFRAME_MS = 450;
let reframe: ReturnType<typeof setTimeout> | undefined;

/**
 * Everything back to the start: view state, camera, the keypad's query, open panels and notices, focus and any
 * text selection. The phase is the caller's business.
 */
export function resetToStart(): void {
  stopAttractTour();
  const app = useApp.getState();
  app.restoreView(startView());
  useApp.setState({ viewport: undefined, openProblems: [] });
  app.updateKiosk({ query: '', panel: null, countdown: 0 });
  camera.home();
  // Nodes that come back (filters undone) grow out of their parents for 300 ms, and the details panel closes:
  // frame the start again once both have settled, so the camera ends exactly where it started.
  clearTimeout(reframe);
  // By then the attract tour has usually started again: frame its first step rather than 'home'.
  reframe = setTimeout(() => {
    const { tours, tour } = useApp.getState();
    const frame = stepFrame(tours, tour);
    if (frame) camera.show({ ids: frame });
    else camera.home();
  }, REFRAME_MS);
  // A kiosk page lives for weeks: empty the performance timeline's buffers (the canvas marks every render).
  performance.clearMarks?.();
  performance.clearMeasures?.();
  performance.clearResourceTimings?.();
  const active = document.activeElement;
  if (active instanceof HTMLElement) active.blur();
  window.getSelection()?.removeAllRanges();
}
