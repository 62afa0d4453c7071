export interface Point {
  x: number;
  y: number;
}
export type Positions = Map<string, Point>;
