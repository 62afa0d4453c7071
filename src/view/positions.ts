import type { Lang } from '../i18n/lang';
/** Where shown nodes are, in graph coordinates: what a layout produces and the canvas draws. */
export interface Point {
  x: number;
  y: number;
}
export type Positions = Map<string, Point>;

/**
 * How large the canvas draws: 'screen' for a reader at a desk or phone, 'kiosk' for a visitor standing at arm's
 * length from a touch screen. Both the stylesheet and the layout boxes come from the same metrics, so the layout
 * leaves room for exactly the labels that are drawn.
 */
export type CanvasScale = 'screen' | 'kiosk';

/**
 * Which start view: `screen` and `kiosk` are the network layout's, `radial:<scale>:<lang>` the radial layout's
 * (laid out for the labels of one language).
 */
export type StartKey = CanvasScale | `radial:${CanvasScale}:${Lang}`;

/**
 * Start-view positions per layout and canvas scale, computed when the data was built; a layout or scale without
 * them is laid out by the app.
 */
export type StartPositions = Partial<Record<StartKey, ReadonlyMap<string, Point>>>;

/** The key of the start view laid out by `layout` at `scale` in `lang`, or undefined when the build lays none out. */
export function startKey(layout: string, scale: CanvasScale, lang: Lang): StartKey | undefined {
  if (layout === 'network') return scale;
  return layout === 'radial' ? `radial:${scale}:${lang}` : undefined;
}
