/**
 * Undo and redo as a pure value: the graphs before and after the present one. Graphs are never mutated, so each
 * step keeps a reference, not a copy; undoing every edit gives back the very graph the author started from.
 */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

/** Enough for an afternoon's reading; the oldest steps go first. */
export const MAX_UNDO = 500;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/** A new present; what was undone before can no longer be redone. An edit that changes nothing is no step. */
export function commit<T>(h: History<T>, next: T): History<T> {
  if (next === h.present) return h;
  const past = [...h.past, h.present];
  return {
    past: past.length > MAX_UNDO ? past.slice(past.length - MAX_UNDO) : past,
    present: next,
    future: [],
  };
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (prev === undefined) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1) };
}
