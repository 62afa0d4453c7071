import type { LoadedGraph } from './graph-dir';
import { buildSearchIndex } from './search-index';

/** The last files computed per graph id, with the graph they came from (the dev server asks on every request). */
const cache = new Map<string, { graph: string; files: Record<string, string> }>();

/**
 * Files computed from a validated graph when the data is built (served by the dev server, emitted by the
 * build next to graph.json). Keys are file names inside `graph-data/<graph-id>/`.
 */
export function derivedFiles(loaded: LoadedGraph): Record<string, string> {
  const graph = JSON.stringify(loaded.graph);
  const hit = cache.get(loaded.id);
  if (hit?.graph === graph) return hit.files;
  const files = { 'search-index.json': JSON.stringify(buildSearchIndex(loaded.graph)) };
  cache.set(loaded.id, { graph, files });
  return files;
}
