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

/** Start-view positions per canvas scale, computed when the data was built; a scale without them is laid out by the app. */
export type StartPositions = Partial<Record<CanvasScale, ReadonlyMap<string, Point>>>;

/**
 * How shown nodes are arranged: `network` lets forces place them (cross-links pull related nodes together);
 * `radial` puts the plan's root at the centre and each level on its own ring; `tree` reads left to right like
 * a mind map, each level a column. The last two draw the plan's hierarchy in the geometry itself.
 */
export const LAYOUT_NAMES = ['network', 'radial', 'tree'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
