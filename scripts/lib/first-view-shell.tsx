/**
 * The page as it first shows the default graph, rendered to HTML by React from the app's own components (loaded
 * through Vite's SSR loader by vite-first-view.ts): the header, the panels and the canvas's box, so the static
 * picture sits exactly where the canvas will draw. Rendered twice: as a wide screen and as a phone shows it.
 */
import { renderToString } from 'react-dom/server';
import { App } from '../../src/app/App';
import { useApp } from '../../src/store/app-store';
import type { GraphIndex } from '../../src/domain/schema';
import type { OpenedGraph } from '../../src/store/graph-slice';

/** `phone`: as a phone held upright shows it (its one-row header, the canvas below). */
export function renderShell(opened: OpenedGraph, index?: GraphIndex, phone = false): string {
  useApp.getState().setScreen({ compact: phone, portrait: phone });
  if (index) useApp.getState().indexLoaded(index);
  useApp.getState().graphOpened(opened);
  // React reads a store's server snapshot from its initial state: make that the opened graph.
  Object.assign(useApp.getInitialState(), useApp.getState());
  return renderToString(<App />);
}
