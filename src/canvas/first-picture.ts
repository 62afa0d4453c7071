/**
 * The start picture index.html carries (scripts/lib/vite-first-view.ts): while it shows, the canvas frames its
 * first view by the same rule as the picture (camera.ts homeViewport over start-picture.ts's frame), and once
 * the canvas has drawn, the picture and its shell go, with nothing on screen moving.
 */
import type { Core } from 'cytoscape';
import type { CanvasScene } from '../view/canvas-scene';
import type { Positions } from '../view/positions';
import { HOME_FLOOR, fitBoxInside, homeView, homeViewport, type Insets } from './camera';
import { KIOSK_SCALE } from './node-metrics';
import { FIRST_VIEW_ID } from './first-view-id';
import { startPicture } from './start-picture';

const firstView = (): HTMLElement | null =>
  typeof document === 'undefined' ? null : document.getElementById(FIRST_VIEW_ID);

/** The shell is a picture of the page, not the page: hidden from assistive technology and from input. */
export function quietFirstView(): void {
  const el = firstView();
  if (!el) return;
  el.setAttribute('aria-hidden', 'true');
  el.inert = true;
}

/** The home view's zoom floor: the kiosk's labels are larger, so its picture may be drawn as much smaller. */
const startFloor = (scene: CanvasScene): number =>
  scene.scale === 'kiosk' ? HOME_FLOOR / KIOSK_SCALE.label : HOME_FLOOR;

/** The canvas has drawn: the static first view goes. */
export function retireFirstView(): void {
  firstView()?.remove();
}

/**
 * Frames the start view (nothing opened) as the picture is framed, whether or not the picture shows, so that the
 * first view, a fresh page and "reset view" agree; false for any other view (the canvas then frames its drawing
 * by its own measure). The portrait tree is fitted whole inside the canvas less `fitted`, the insets of what
 * floats over it; other layouts are framed above the `covered` px at the canvas's foot.
 */
export function frameStartView(
  cy: Core,
  scene: CanvasScene,
  positions: Positions,
  fitted?: Insets,
  covered = 0,
): boolean {
  if (scene.ops.length || (scene.layout === 'portrait') !== (fitted !== undefined)) return false;
  if (!scene.visible.nodes.every((id) => positions.has(id))) return false;
  const { frame } = startPicture(scene.model, positions, scene.lang, scene.layout, scene.scale);
  if (fitted) fitBoxInside(cy, frame, fitted, false);
  else cy.viewport(homeViewport(frame, cy.width(), cy.height() - covered, startFloor(scene)));
  return true;
}

/** The home view: the start view framed as the picture is, or else all of it; above `covered` px at the foot. */
export function frameHome(
  cy: Core,
  scene: CanvasScene,
  positions: Positions,
  fitted: Insets | undefined,
  covered: number,
  animate: boolean,
): void {
  if (!frameStartView(cy, scene, positions, fitted, covered))
    homeView(cy, fitted, animate, cy.height() - covered, startFloor(scene));
}
