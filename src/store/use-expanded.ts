import { expandedOf } from '../view/expanded';
import { useApp } from './app-store';

const NONE: ReadonlySet<string> = new Set();

/** The open nodes of the current view (derived once per change of the log, shared with the canvas). */
export const useExpanded = (): ReadonlySet<string> =>
  useApp((s) => (s.model ? expandedOf(s.model, s.ops) : NONE));
