import type { LayoutName } from '../domain/vocabulary';

/**
 * How the canvas arranges what is shown: the view's layout, or `portrait`, the top-down tree a phone held upright
 * draws instead of `radial` and `tree`. Neither fits a narrow screen with legible labels: Taigu's start view (in
 * Chinese) is 1,918 × 1,428 px radial and 2,038 × 938 px as a tree, so 390 px of width shows it at zoom 0.20 and
 * 0.19, its third-level labels at 6 px. `portrait` is never stored in a view: a link made on a phone still says the layout
 * the reader chose (radial unless they chose another), so it opens on a desktop as it would have there.
 */
export type Arrangement = LayoutName | 'portrait';

/** What decides the arrangement besides the view's layout. */
export interface ScreenShape {
  /** A phone-sized screen held upright (narrow and taller than wide). */
  portrait: boolean;
  /** The kiosk's large screen is never a phone, whatever its proportions. */
  kiosk: boolean;
}

/**
 * The hierarchical layouts turn top-down on a portrait phone; `network` stays the force layout the reader chose
 * (its home view is then the whole picture, smaller).
 */
export function arrangementOf(layout: LayoutName, screen: ScreenShape): Arrangement {
  return screen.portrait && !screen.kiosk && layout !== 'network' ? 'portrait' : layout;
}
