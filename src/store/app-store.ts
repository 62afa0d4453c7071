import { create } from 'zustand';
import { initialView, type ViewState } from '../view/view-state';
import { editorSlice, type EditorSlice } from './editor-slice';
import { graphSlice, type GraphActions, type GraphState } from './graph-slice';
import { kioskSlice, type KioskSlice } from './kiosk-slice';
import { screenSlice, type ScreenActions, type ScreenState } from './screen-slice';
import { tourSlice, type TourActions, type TourState } from './tour-slice';
import { viewActions, type ResetState, type ViewActions } from './view-actions';

export type AppState = ViewState &
  ResetState &
  GraphState &
  GraphActions &
  ViewActions &
  TourState &
  TourActions &
  KioskSlice &
  EditorSlice &
  ScreenState &
  ScreenActions;

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState;

/**
 * The single source of truth. Its actions are state transitions: loading graphs lives in src/data, which calls
 * them; the canvas mirrors the state (src/view/canvas-scene.ts) and its events call them.
 */
export const useApp = create<AppState>()((set: Set, get: Get) => ({
  ...initialView(),
  ...graphSlice(set, get),
  ...viewActions(set, get),
  ...tourSlice(set, get),
  ...kioskSlice(set, get),
  ...editorSlice(set, get),
  ...screenSlice(set, get),
}));
