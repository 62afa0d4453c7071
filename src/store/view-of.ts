import type { AppState, ViewState } from './app-store';

/** The reader's view out of the whole state: what a link or a stored view keeps. */
export const viewOf = (s: AppState): ViewState => ({
  ops: s.ops,
  selected: s.selected,
  hiddenKinds: s.hiddenKinds,
  hiddenRelations: s.hiddenRelations,
  lang: s.lang,
  theme: s.theme,
});

export const viewChanged = (a: AppState, b: AppState): boolean =>
  a.ops !== b.ops ||
  a.selected !== b.selected ||
  a.hiddenKinds !== b.hiddenKinds ||
  a.hiddenRelations !== b.hiddenRelations ||
  a.lang !== b.lang ||
  a.theme !== b.theme;
