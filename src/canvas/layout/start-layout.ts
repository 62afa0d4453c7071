import type { Point } from './positions';

/** Start-view positions computed when the data is built (scripts/lib/derived-files.ts). */
export interface StartLayout {
  version: 1;
  positions: Record<string, [number, number]>;
}

export const START_LAYOUT_FILE = 'start-layout.json';

/** Reads a fetched start layout; anything malformed is ignored (the app then lays the start view out itself). */
export function parseStartLayout(value: unknown): Map<string, Point> | undefined {
  const v = value as Partial<StartLayout> | null;
  if (!v || v.version !== 1 || typeof v.positions !== 'object' || v.positions === null) return undefined;
  const out = new Map<string, Point>();
  for (const [id, p] of Object.entries(v.positions)) {
    if (!Array.isArray(p) || p.length !== 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n)))
      return undefined;
    out.set(id, { x: p[0], y: p[1] });
  }
  return out;
}
