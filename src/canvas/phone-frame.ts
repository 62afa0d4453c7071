import type { Core } from 'cytoscape';
import type { Arrangement } from '../view/arrangement';
import type { Point } from '../view/positions';
import { fitBoxInside, type Box, type Insets } from './camera';
import { CONTROLS_BAND, PEEK_HEIGHT, SHEET_SHARE, isPhoneWidth } from './media';

/**
 * How much of a canvas `height` px tall is covered at its foot: on phones the zoom buttons float there, and the
 * details sheet covers the lower part while a node is selected (or a strip of it, lowered to peek at the graph).
 */
export function obscuredBottom(
  height: number,
  sheet: 'open' | 'peek' | undefined,
  phone = isPhoneWidth(),
): number {
  if (!phone) return 0;
  if (sheet === 'open') return height * SHEET_SHARE;
  return Math.max(CONTROLS_BAND, sheet === 'peek' ? PEEK_HEIGHT : 0);
}

/** Between a control floating over the canvas's foot and the picture framed above it. */
const FLOAT_CLEARANCE = 12;

/**
 * How far up from the foot of `canvas` the controls floating over it reach (elements marked
 * `data-over-canvas="bottom"`, such as the kiosk's bar): the start and home views frame the picture above them,
 * and a selected node is kept clear of them.
 */
export function floatingBottom(canvas: HTMLElement): number {
  const area = canvas.getBoundingClientRect();
  let reach = 0;
  for (const el of document.querySelectorAll('[data-over-canvas="bottom"]')) {
    const r = el.getBoundingClientRect();
    const over = r.width > 0 && r.left < area.right && r.right > area.left && r.top < area.bottom;
    if (over) reach = Math.max(reach, area.bottom - r.top + FLOAT_CLEARANCE);
  }
  return Math.min(reach, area.height / 2);
}

/** All that covers the canvas's foot: the phone's controls and sheet, and any controls floating over it. */
export const coveredBottom = (
  height: number,
  sheet: 'open' | 'peek' | undefined,
  canvas: HTMLElement,
): number => Math.max(obscuredBottom(height, sheet), floatingBottom(canvas));

/** The portrait tree's home shows all of it, clear of what floats over the canvas; other layouts have no insets. */
export function fittedInsets(layout: Arrangement | undefined, bottom: number): Insets | undefined {
  if (layout !== 'portrait') return undefined;
  return { top: 6, right: 12, bottom: bottom + 4, left: 12 };
}

/**
 * Fits nodes with their labels (beside their shapes in the portrait tree) inside the canvas less `insets`: a tour
 * step on a phone. `at` gives where each node is going, as it may still be on its way.
 */
export function showLabelled(
  cy: Core,
  ids: readonly string[],
  at: (id: string) => Point | undefined,
  insets: Insets,
  animate: boolean,
): void {
  let box: Box | undefined;
  for (const id of ids) {
    const n = cy.getElementById(id);
    const to = at(id);
    if (n.empty() || !to) continue;
    const b = n.boundingBox({ includeLabels: true });
    const [dx, dy] = [to.x - n.position('x'), to.y - n.position('y')];
    box = {
      x1: Math.min(box?.x1 ?? Infinity, b.x1 + dx),
      y1: Math.min(box?.y1 ?? Infinity, b.y1 + dy),
      x2: Math.max(box?.x2 ?? -Infinity, b.x2 + dx),
      y2: Math.max(box?.y2 ?? -Infinity, b.y2 + dy),
    };
  }
  if (box) fitBoxInside(cy, box, insets, animate);
}
