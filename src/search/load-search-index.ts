import { useEffect, useMemo, useState } from 'react';
import { dataUrl } from '../data/fetch-graph';
import { isLocalGraphId } from '../data/local-graphs';
import type { GraphModel } from '../domain/graph-model';
import { useApp } from '../store/app-store';
import { basicSearchIndex, fitSearchIndex, type SearchIndex } from './search-index';

/**
 * The index built with the data (`graph-data/<graph-id>/search-index.json`, with pinyin), fitted to the
 * model; a graph without one (or with a broken one) gets the basic index, which has no pinyin.
 */
export async function loadSearchIndex(graphId: string, model: GraphModel): Promise<SearchIndex> {
  // Opened files and linked graphs have no built index next to them; asking would only log a 404.
  if (isLocalGraphId(graphId)) return basicSearchIndex(model);
  try {
    const res = await fetch(dataUrl(`${graphId}/search-index.json`));
    if (res.ok) {
      const fitted = fitSearchIndex(JSON.parse(await res.text()) as unknown, model);
      if (fitted) return fitted;
    }
  } catch {
    // Offline, not JSON, …: search still works without pinyin.
  }
  return basicSearchIndex(model);
}

/** One load per model, shared by every search box. */
const loads = new WeakMap<GraphModel, { graphId: string; index: Promise<SearchIndex> }>();

function cachedLoad(graphId: string, model: GraphModel): Promise<SearchIndex> {
  const hit = loads.get(model);
  if (hit?.graphId === graphId) return hit.index;
  const index = loadSearchIndex(graphId, model);
  loads.set(model, { graphId, index });
  return index;
}

/**
 * The search index of the store's graph, loaded again when the graph changes. Until the built index
 * arrives (or when there is none) it is the basic index, so search works at once. `override` (tests, or
 * a caller that already has an index) is returned as is, and nothing is fetched.
 */
export function useSearchIndex(override?: SearchIndex): SearchIndex | undefined {
  const graphId = useApp((s) => s.graphId);
  const model = useApp((s) => s.model);
  const [loaded, setLoaded] = useState<{ model: GraphModel; index: SearchIndex }>();
  useEffect(() => {
    if (override || !model || !graphId) return;
    let live = true;
    void cachedLoad(graphId, model).then((index) => {
      if (live) setLoaded({ model, index });
    });
    return () => {
      live = false;
    };
  }, [override, graphId, model]);
  const basic = useMemo(() => (model && !override ? basicSearchIndex(model) : undefined), [model, override]);
  if (override) return override;
  return loaded && loaded.model === model ? loaded.index : basic;
}
