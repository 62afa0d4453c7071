import type { LoadedGraph } from './graph-dir';

/**
 * Files computed from a validated graph when the data is built (served by the dev server, emitted by the
 * build next to graph.json). Keys are file names inside `graph-data/<graph-id>/`.
 */
export function derivedFiles(_loaded: LoadedGraph): Record<string, string> {
  return {};
}
