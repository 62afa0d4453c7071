/**
 * The screen the app is on, as far as it changes what is drawn: a compact screen (a phone, either way up) gets
 * the one-row header and panels as sheets; a portrait one also the top-down tree (view/arrangement.ts); the
 * details sheet's height on a compact screen tells the camera how much of the canvas it covers.
 */
export type DetailsSheet = 'open' | 'peek';

export interface ScreenState {
  compact: boolean;
  portrait: boolean;
  /** On a compact screen: the details sheet open (it covers the lower half) or lowered to a strip (a peek). */
  detailsSheet: DetailsSheet;
}

export interface ScreenActions {
  setScreen(shape: { compact: boolean; portrait: boolean }): void;
  setDetailsSheet(sheet: DetailsSheet): void;
}

type Set = (partial: Partial<ScreenState>) => void;
type Get = () => ScreenState;

export const screenSlice = (set: Set, get: Get): ScreenState & ScreenActions => ({
  compact: false,
  portrait: false,
  detailsSheet: 'open',
  setScreen: ({ compact, portrait }) => {
    const s = get();
    if (s.compact !== compact || s.portrait !== portrait) set({ compact, portrait: compact && portrait });
  },
  setDetailsSheet: (detailsSheet) => set({ detailsSheet }),
});
