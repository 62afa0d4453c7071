import type { Point, StartPositions } from '../view/positions';

type Placed = Record<string, [number, number]>;

/** Start-view positions computed when the data is built (scripts/lib/derived-files.ts). */
export interface StartLayout {
  version: 1;
  positions: Placed;
  /** The same start view laid out for the kiosk's larger labels and shapes (node-metrics.ts, KIOSK_SCALE). */
  kiosk?: Placed;
  /** The radial layout's start view (the default layout), for the screen and the kiosk, in Chinese and English. */
  radial?: Placed;
  radialKiosk?: Placed;
  radialEn?: Placed;
  radialKioskEn?: Placed;
}

export const START_LAYOUT_FILE = 'start-layout.json';

function parsePlaced(value: unknown): Map<string, Point> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const out = new Map<string, Point>();
  for (const [id, p] of Object.entries(value)) {
    if (!Array.isArray(p) || p.length !== 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n)))
      return undefined;
    out.set(id, { x: p[0], y: p[1] });
  }
  return out;
}

/** Reads a fetched start layout; anything malformed is ignored (the app then lays the start view out itself). */
export function parseStartLayout(value: unknown): StartPositions | undefined {
  const v = value as Partial<StartLayout> | null;
  if (!v || v.version !== 1) return undefined;
  const screen = parsePlaced(v.positions);
  if (!screen) return undefined;
  const out: StartPositions = { screen };
  const more = {
    kiosk: v.kiosk,
    'radial:screen:zh': v.radial,
    'radial:kiosk:zh': v.radialKiosk,
    'radial:screen:en': v.radialEn,
    'radial:kiosk:en': v.radialKioskEn,
  } as const;
  for (const [key, placed] of Object.entries(more)) {
    const parsed = placed === undefined ? undefined : parsePlaced(placed);
    if (parsed) out[key as keyof typeof more] = parsed;
  }
  return out;
}
