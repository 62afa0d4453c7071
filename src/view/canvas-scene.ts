import type { GraphModel } from '../domain/graph-model';
import type { Tour } from '../domain/tour-schema';
import { arrangementOf, type Arrangement } from './arrangement';
import type { Lang } from '../i18n/lang';
import { expandedOf } from './expanded';
import { siblingOrder, type SiblingOrder } from './sibling-order';
import { stepFrame } from './tour-step';
import { startKey, type CanvasScale, type Point, type StartPositions } from './positions';
import type { ViewOp } from './view-ops';
import type { Theme, ViewState } from './view-state';
import { visibleGraph, type VisibleGraph } from './visible-graph';

/** Everything the canvas draws, and nothing else: the canvas's one input. */
export interface CanvasScene {
  model: GraphModel;
  /** The log the positions belong to (the layout is a function of it). */
  ops: readonly ViewOp[];
  expanded: ReadonlySet<string>;
  visible: VisibleGraph;
  lang: Lang;
  theme: Theme;
  /** The kiosk draws larger labels and shapes. */
  scale: CanvasScale;
  /** The view's layout, or the top-down tree on a portrait phone (arrangement.ts). */
  layout: Arrangement;
  /** Siblings in document order, for the hierarchical layouts (computed once per graph). */
  order?: SiblingOrder;
  selected: string | null;
  /** Every supports edge drawn strong with its arrow, not only the selection's. */
  allSupports: boolean;
  /** A tour step's nodes, lit beside the selection's neighbourhood and kept in frame when the canvas resizes. */
  step?: readonly string[];
  /** On a phone, how much of the canvas the details sheet of the selection covers: open, or lowered to a strip. */
  sheet?: 'open' | 'peek';
  /** Start-view positions computed when the data was built, for this scale. */
  startPositions?: ReadonlyMap<string, Point>;
}

/** What the scene is derived from: a structural slice of the app's state. */
export interface SceneSource extends ViewState {
  model?: GraphModel;
  tour: { id: string; step: number } | null;
  tours: readonly Tour[];
  kiosk: { on: boolean };
  /** A phone held upright (store/screen-slice.ts). */
  portrait?: boolean;
  /** A phone either way up, and its details sheet's height (store/screen-slice.ts). */
  compact?: boolean;
  detailsSheet?: 'open' | 'peek';
  startPositions?: StartPositions;
  paragraphs: readonly string[];
}

export interface SceneSelector {
  (state: SceneSource): CanvasScene | undefined;
  /** How many scenes it has derived (each a new object); a state change that touches no input derives none. */
  readonly derivations: number;
}

let lastOrder: { model: GraphModel; paragraphs: readonly string[]; order: SiblingOrder } | undefined;
/** Document order is computed over the whole graph once, so opening one branch never reorders another. */
function orderOf(model: GraphModel, paragraphs: readonly string[]): SiblingOrder {
  if (lastOrder?.model !== model || lastOrder.paragraphs !== paragraphs)
    lastOrder = { model, paragraphs, order: siblingOrder(model, paragraphs.join('\n\n')) };
  return lastOrder.order;
}

const inputsOf = (s: SceneSource) =>
  [
    s.model,
    s.ops,
    s.hiddenKinds,
    s.hiddenRelations,
    s.lang,
    s.theme,
    s.selected,
    s.tour,
    s.tours,
    s.kiosk.on,
    s.startPositions,
    s.layout,
    s.paragraphs,
    s.allSupports,
    s.portrait,
    s.compact,
    s.detailsSheet,
  ] as const;

/**
 * A memoized, pure selector: the same inputs give the same scene object, so the canvas can compare scenes by
 * identity and does nothing for a state change that does not concern it (a camera report, a panel toggle).
 */
export function createSceneSelector(): SceneSelector {
  let inputs: readonly unknown[] | undefined;
  let scene: CanvasScene | undefined;
  let derivations = 0;
  const select = (s: SceneSource): CanvasScene | undefined => {
    if (!s.model) return undefined;
    const next = inputsOf(s);
    if (inputs && next.every((v, i) => v === inputs![i])) return scene;
    const model = s.model;
    const expanded = expandedOf(model, s.ops);
    const scale: CanvasScale = s.kiosk.on ? 'kiosk' : 'screen';
    const sameShape =
      scene?.model === model &&
      scene.expanded === expanded &&
      inputs?.[2] === s.hiddenKinds &&
      inputs[3] === s.hiddenRelations;
    inputs = next;
    derivations++;
    const layout = arrangementOf(s.layout, { portrait: s.portrait === true, kiosk: s.kiosk.on });
    // The build lays out the start views of the desktop arrangements only (the portrait tree has none).
    const start = startKey(layout, scale, s.lang);
    scene = {
      model,
      ops: s.ops,
      expanded,
      visible: sameShape ? scene!.visible : visibleGraph(model, expanded, s),
      lang: s.lang,
      theme: s.theme,
      scale,
      layout,
      order: s.layout === 'network' ? undefined : orderOf(model, s.paragraphs),
      selected: s.selected,
      allSupports: s.allSupports,
      step: stepFrame(s.tours, s.tour),
      // Presentation mode shows a caption instead of the details sheet.
      sheet: s.compact && s.selected && !s.tour ? (s.detailsSheet ?? 'open') : undefined,
      startPositions: start ? s.startPositions?.[start] : undefined,
    };
    return scene;
  };
  return Object.defineProperty(select, 'derivations', { get: () => derivations }) as SceneSelector;
}
