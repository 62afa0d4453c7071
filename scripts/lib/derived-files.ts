import type { LoadedGraph } from './graph-dir';
import { buildSearchIndex } from './search-index';
import { buildModel } from '../../src/domain/graph-model';
import { LayoutEngine } from '../../src/canvas/layout/layout-engine';
import { createLayoutEngine } from '../../src/canvas/layout/create-engine';
import { siblingOrder } from '../../src/view/sibling-order';
import { splitParagraphs } from '../../src/domain/source-text';
import type { CanvasScale } from '../../src/view/positions';
import type { Lang } from '../../src/i18n/lang';
import { START_LAYOUT_FILE, type StartLayout } from '../../src/data/start-layout-file';
import { TOURS_FILE } from '../../src/data/tours-file';

/** The last files computed per graph id, with the graph they came from (the dev server asks on every request). */
const cache = new Map<string, { graph: string; files: Record<string, string> }>();

/**
 * Files computed from a validated graph when the data is built (served by the dev server, emitted by the
 * build next to graph.json). Keys are file names inside `graph-data/<graph-id>/`.
 */
export function derivedFiles(loaded: LoadedGraph): Record<string, string> {
  // Tours are part of the key: editing a tour must change the served tours.json.
  const graph = JSON.stringify([loaded.graph, loaded.tours ?? []]);
  const hit = cache.get(loaded.id);
  if (hit?.graph === graph) return hit.files;
  const files = {
    'search-index.json': JSON.stringify(buildSearchIndex(loaded.graph)),
    [START_LAYOUT_FILE]: JSON.stringify(startLayout(loaded)),
    [TOURS_FILE]: JSON.stringify({ version: 1, tours: loaded.tours ?? [] }),
  };
  cache.set(loaded.id, { graph, files });
  return files;
}

/**
 * The start view laid out once, with the same seeded layout the app runs, so first paint waits for no layout:
 * for the screen, and for the kiosk's larger labels.
 */
function startLayout(loaded: LoadedGraph): StartLayout {
  const model = buildModel(loaded.graph);
  // The radial layout (the default) places siblings in document order, as the app does (canvas-scene.ts).
  const order = siblingOrder(model, splitParagraphs(loaded.sourceText).join('\n\n'));
  const radial = (scale: CanvasScale, langs: Lang) => {
    const engine = createLayoutEngine(model, 'radial', { scale, siblingOrder: order, langs });
    const placed: StartLayout['positions'] = {};
    for (const [id, p] of engine.positionsFor([])) placed[id] = [p.x, p.y];
    engine.destroy();
    return placed;
  };
  const at = (scale: CanvasScale) => {
    const engine = new LayoutEngine(model, undefined, scale);
    const placed: StartLayout['positions'] = {};
    for (const [id, p] of engine.positionsFor([])) placed[id] = [p.x, p.y];
    engine.destroy();
    return placed;
  };
  return {
    version: 1,
    positions: at('screen'),
    kiosk: at('kiosk'),
    radial: radial('screen', 'zh'),
    radialKiosk: radial('kiosk', 'zh'),
    radialEn: radial('screen', 'en'),
    radialKioskEn: radial('kiosk', 'en'),
  };
}
