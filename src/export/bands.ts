import type { NodeKind, Relation } from '../domain/vocabulary';

/** One legend entry: a node kind (its shape and colour) or a relation (its line). */
export type LegendEntry =
  | { type: 'kind'; kind: NodeKind; label: string; color: string }
  | { type: 'relation'; relation: Relation; label: string; color: string };

/** The words and colours around the graph; sizes come from the frame. */
export interface BandContent {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  /** Source line and "exported on … · link" line. */
  footer: [string, string];
  font: string;
  ink: string;
  muted: string;
  /** undefined: transparent. */
  background?: string;
  badgeInk: string;
}

/** Band type sizes in units (see sizing.ts BANDS for their heights). */
export const TYPE = {
  title: 24,
  subtitle: 14,
  legend: 13,
  footer: 11.5,
  swatch: 16,
  relationSwatch: 30,
  swatchGap: 6,
} as const;

/** Width of a legend entry in units, given a text measure at the legend's type size of 1 unit. */
export function legendEntryWidth(entry: LegendEntry, measureAtUnit: (text: string) => number): number {
  const swatch = entry.type === 'kind' ? TYPE.swatch : TYPE.relationSwatch;
  return swatch + TYPE.swatchGap + measureAtUnit(entry.label) * TYPE.legend;
}

/** Cuts text to fit `width` with an ellipsis (long links in the footer). */
export function fitText(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('') + '…') <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('') + '…';
}
