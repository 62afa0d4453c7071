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
