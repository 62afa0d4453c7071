/**
 * The page's entry: its stylesheets (they block the first paint, so the first view from index.html is drawn
 * styled), then the app, imported once that first view has been painted (after-first-paint.ts): evaluating
 * the app's script is the page's longest task and would otherwise run before the browser's first paint. The
 * data the first view needs is preloaded at the same moment.
 */
import './styles/tokens.css';
// The app's own styles, in cascade order.
import './app/base.css';
import './app/layout.css';
import './app/graph-files.css';
import './app/controls-legend.css';
import './app/outline.css';
import './app/details.css';
import './app/small-screens.css';
import './app/first-view.css';
// The first picture's framing, generated with it from the start layout (scripts/lib/vite-first-view.ts).
import 'virtual:first-view.css';
import { addHeldBackLinks, afterFirstPaint } from './app/after-first-paint';

afterFirstPaint(() => {
  addHeldBackLinks();
  void import('./app/start');
});
