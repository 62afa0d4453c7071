import type { Viewport } from '../view/view-state';

/** One move of the canvas camera. */
export type CameraMove =
  | { to: 'fit' }
  | { to: 'home' }
  | { to: 'zoom'; direction: 'in' | 'out' }
  | { to: 'node'; id: string }
  | { to: 'nodes'; ids: readonly string[] }
  | { to: 'viewport'; viewport: Viewport };

type Mover = (move: CameraMove) => void;

let mover: Mover | undefined;
/** A move asked for before the canvas mounted; carried out when it does (only the latest counts). */
let waiting: CameraMove | undefined;

function send(move: CameraMove): void {
  if (mover) mover(move);
  else waiting = move;
}

/**
 * The camera, for anyone who needs to move it (actions, panels, the kiosk): calls with named options. The canvas
 * attaches itself when it mounts; the camera is not state, so nothing here is stored or replayed after that.
 */
export const camera = {
  /** The whole graph in view. */
  fit: () => send({ to: 'fit' }),
  /** The start framing: fitted, but never so far out that labels are unreadable. */
  home: () => send({ to: 'home' }),
  zoom: (opts: { direction: 'in' | 'out' }) => send({ to: 'zoom', direction: opts.direction }),
  /** Glides so that a node is in view, without zooming in. */
  center: (opts: { id: string }) => send({ to: 'node', id: opts.id }),
  /** Fits these nodes, closer than the explorer's default (a tour step). */
  show: (opts: { ids: readonly string[] }) => send({ to: 'nodes', ids: opts.ids }),
  /** Puts the camera exactly where it was (a stored view). */
  restore: (opts: { viewport: Viewport }) => send({ to: 'viewport', viewport: opts.viewport }),
};

/** Called by the canvas on mount; returns the detach for its unmount. A move made before is carried out now. */
export function attachCamera(target: Mover): () => void {
  mover = target;
  const pending = waiting;
  waiting = undefined;
  if (pending) target(pending);
  return () => {
    if (mover === target) mover = undefined;
  };
}
