import type { NodeKind, Relation } from '../domain/vocabulary';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import type { LayoutName } from '../domain/vocabulary';
import type { ViewOp } from './view-ops';

export type Theme = 'light' | 'dark';

/** The layout a view opens with unless a link, a stored view or a tour names another. */
export const DEFAULT_LAYOUT: LayoutName = 'radial';

/** The reader's view: what a link or a stored view keeps. */
export interface ViewState {
  ops: ViewOp[];
  selected: string | null;
  hiddenKinds: NodeKind[];
  hiddenRelations: Relation[];
  lang: Lang;
  theme: Theme;
  /** How the shown nodes are arranged (a part of the view: links, stored views and tours keep it). */
  layout: LayoutName;
  /** Every supports edge drawn strong, with its arrow; otherwise only the selection's are (links keep it). */
  allSupports: boolean;
}

/** Where the camera is: zoom and pan in the canvas's own terms. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export const initialView = (): ViewState => ({
  ops: [],
  selected: null,
  hiddenKinds: [],
  hiddenRelations: [],
  lang: DEFAULT_LANG,
  theme: 'light',
  layout: DEFAULT_LAYOUT,
  allSupports: false,
});

/** The view out of any state that holds one. */
export const viewOf = (s: ViewState): ViewState => ({
  ops: s.ops,
  selected: s.selected,
  hiddenKinds: s.hiddenKinds,
  hiddenRelations: s.hiddenRelations,
  lang: s.lang,
  theme: s.theme,
  layout: s.layout,
  allSupports: s.allSupports,
});

export const viewChanged = (a: ViewState, b: ViewState): boolean =>
  a.ops !== b.ops ||
  a.selected !== b.selected ||
  a.hiddenKinds !== b.hiddenKinds ||
  a.hiddenRelations !== b.hiddenRelations ||
  a.lang !== b.lang ||
  a.theme !== b.theme ||
  a.layout !== b.layout ||
  a.allSupports !== b.allSupports;
