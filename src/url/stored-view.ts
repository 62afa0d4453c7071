import { useApp, type AppState } from '../store/app-store';
import { camera } from '../store/camera';
import { initialView, viewChanged, viewOf, type Viewport } from '../view/view-state';
import { decodeView, encodeView } from '../link-format/url-state';
import { linkWins } from '../link-format/link-wins';

/**
 * The last view of each graph, kept in localStorage in the link format plus the camera, so a reader who comes
 * back finds the graph as they left it. An explicit link wins; "reset view" forgets it.
 */
interface Stored {
  query: string;
  viewport?: Viewport;
}

const KEY = 'taigu:view:';
const SAVE_DELAY = 400;

export function readStoredView(graphId: string): Stored | undefined {
  try {
    const raw = localStorage.getItem(KEY + graphId);
    const parsed = raw ? (JSON.parse(raw) as Partial<Stored>) : undefined;
    if (!parsed || typeof parsed.query !== 'string' || parsed.query.length > 16_384) return undefined;
    const vp = parsed.viewport;
    const validViewport =
      vp &&
      [vp.zoom, vp.pan?.x, vp.pan?.y].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
      vp.zoom > 0;
    return { query: parsed.query, viewport: validViewport ? vp : undefined };
  } catch {
    return undefined;
  }
}

export function forgetStoredView(graphId: string): void {
  try {
    localStorage.removeItem(KEY + graphId);
  } catch {
    // storage may be unavailable (private mode); nothing to forget
  }
}

/** Starts keeping views; returns the function that stops it. */
export function startViewStore(): () => void {
  // A kiosk neither restores nor keeps views: every visitor starts from the same start view.
  if (useApp.getState().kiosk.on) return () => {};
  let opening = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Reset view forgot the stored view; nothing is kept again until the view itself changes. */
  let forgotten = false;

  const save = () => {
    const s = useApp.getState();
    if (!s.model || !s.graphId) return;
    const stored: Stored = {
      query: encodeView(viewOf(s), s.graphId, s.graphId, s.model),
      viewport: s.viewport,
    };
    try {
      localStorage.setItem(KEY + s.graphId, JSON.stringify(stored));
    } catch {
      // full or unavailable storage: the view just is not kept
    }
  };

  const restore = (s: AppState) => {
    const explicit = opening && linkWins(window.location.search);
    opening = false;
    if (explicit || !s.model || !s.graphId) return;
    const stored = readStoredView(s.graphId);
    if (!stored) return;
    const { view } = decodeView(stored.query, s.model);
    s.restoreView({ ...initialView(), ...view });
    if (stored.viewport) camera.restore({ viewport: stored.viewport });
  };

  const unsubscribe = useApp.subscribe((s, prev) => {
    // Another graph, or one loaded afresh: its stored view comes back. A graph edited in place (each edit is a
    // new model of the same graph) keeps the view it has, selection included.
    if (s.status === 'ready' && s.model && (s.graphId !== prev.graphId || prev.status !== 'ready')) {
      restore(s);
      return;
    }
    if (s.resets !== prev.resets) {
      // Reset view: the stored view is forgotten, and the camera's settling after it is not saved again.
      clearTimeout(timer);
      if (s.graphId) forgetStoredView(s.graphId);
      forgotten = true;
      return;
    }
    const changed = viewChanged(s, prev);
    if (changed) forgotten = false;
    if (!changed && (s.viewport === prev.viewport || forgotten)) return;
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY);
  });
  const s = useApp.getState();
  if (s.status === 'ready') restore(s);

  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
