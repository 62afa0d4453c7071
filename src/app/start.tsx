/**
 * The app, started by main.tsx once the first view from index.html is on screen: everything here (React, the
 * store, cytoscape) is evaluated after that paint, not before it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './Root';
import { useApp } from '../store/app-store';
import { camera } from '../store/camera';
import { syncDocumentWithStore } from './document-sync';
import { readKioskParams } from '../link-format/kiosk-params';
import { quietFirstView, retireFirstView } from '../canvas/first-picture';
import { onBoundaryCrash } from '../errors/crash-signal';
import { COMPACT_QUERY } from '../canvas/media';
import { addWebFont } from '../styles/web-font';

// The shipped CJK web font, except on a phone: a phone has a CJK font of its own (PingFang SC on iOS, Noto Sans
// CJK on Android, both in --font-sans), and the web font's parts would cost it about a megabyte on a mobile
// network and a relayout of the page as each arrives. Exports load it wherever they run (src/export/fonts.ts).
// The canvas redraws its labels when the parts arrive.
if (!matchMedia(COMPACT_QUERY).matches) void addWebFont();
syncDocumentWithStore();
// The static first view stays over the app until the canvas has drawn; a graph that cannot be shown, or a part
// of the page that failed, ends it too: the reader must see the message, not a picture that never wakes up.
quietFirstView();
const stopWatching = useApp.subscribe((s) => {
  if (s.status === 'error') {
    retireFirstView();
    stopWatching();
  }
});
onBoundaryCrash(() => retireFirstView());
declare global {
  interface Window {
    /** For browser tests and benchmarks: read the state, call actions and move the camera as a person would. */
    __taigu?: { store: typeof useApp; camera: typeof camera };
  }
}
window.__taigu = { store: useApp, camera };

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );

// Kiosk mode is set in the store before the first render (so links and stored views are never applied), and its
// code, a chunk of its own, locks the page down before anything shows. Without ?kiosk none of it is fetched.
const kiosk = readKioskParams(window.location.search);
if (kiosk.on) {
  useApp.getState().enterKiosk(kiosk.idleSeconds);
  void import('../kiosk/boot').then((m) => m.bootKiosk(), console.error).finally(render);
} else render();
