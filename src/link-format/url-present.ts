/**
 * Presentation links: `present=<tourId>&step=<n>` (n counts from 1, as the step counter on screen does).
 *
 *   ?present=overview&step=3&lang=en&theme=dark
 *
 * While a tour is presented the link names the tour and the step instead of the view log and the selection
 * (the step reproduces both), so a link opens the same step. Pure: no DOM, no store.
 */
import { isId } from './url-grammar';

export interface PresentLink {
  id: string;
  /** 0-based. */
  step: number;
}

/** The largest step number read from a link; a tour never has this many. */
const MAX_STEP = 999;

/** What a query string asks to present, if anything; a malformed id is `undefined` with `bad` set. */
export function presentOf(
  search: string,
): (PresentLink & { bad?: false }) | { bad: true; value: string } | undefined {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return undefined;
  }
  const id = params.get('present');
  if (id === null) return undefined;
  if (!isId(id)) return { bad: true, value: id.slice(0, 64) };
  const raw = params.get('step') ?? '';
  const n = /^\d{1,3}$/.test(raw) ? Number(raw) : 1;
  return { id, step: Math.max(1, Math.min(MAX_STEP, n)) - 1 };
}

/** The presentation link from the view's query: the log and the selection give way to the tour and step. */
export function withPresent(query: string, play: { id: string; step: number } | null): string {
  if (!play || !isId(play.id)) return query;
  const kept = query
    .replace(/^\?/, '')
    .split('&')
    .filter(
      (p) =>
        p &&
        !p.startsWith('s=') &&
        !p.startsWith('x=') &&
        !p.startsWith('present=') &&
        !p.startsWith('step='),
    );
  // x is written last in a view link (see url-state.ts); present and step take that place.
  return `?${[...kept, `present=${play.id}`, `step=${play.step + 1}`].join('&')}`;
}
