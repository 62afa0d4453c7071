import type { GraphIndex } from '../domain/schema';
import type { Problem } from '../domain/problems';
import { fetchGraph } from './fetch-graph';
import { getLocalGraph, isLocalGraphId, localGraphId, saveLocalGraph } from './local-graphs';
import {
  checkToursOffThread,
  readGraphFilesOffThread,
  readGraphTextOffThread,
  warmUpReadWorker,
} from './read-files-off-thread';
import type { Tour } from '../domain/tour-schema';
import type { OpenedGraph } from '../store/graph-slice';

export type Opened = ({ ok: true } & OpenedGraph) | { ok: false; problems: Problem[] };

/** A graph listed in graph-data/index.json, or one kept on this device. */
export async function openById(index: GraphIndex, id: string | undefined): Promise<Opened> {
  if (id && isLocalGraphId(id)) {
    const rec = await getLocalGraph(id).catch(() => undefined);
    if (!rec)
      return { ok: false, problems: [{ file: id, path: '', code: 'source-missing', params: { name: id } }] };
    const result = await readGraphTextOffThread(rec.graphText, rec.fileName, rec.sourceText);
    return result.ok
      ? { ok: true, graphId: id, graph: result.graph, sourceText: rec.sourceText ?? '' }
      : result;
  }
  const entry = index.graphs.find((g) => g.id === (id ?? index.default)) ?? index.graphs[0]!;
  const { result, sourceText, startLayout, tours, asBuilt } = await fetchGraph(
    entry.path,
    undefined,
    readGraphTextOffThread,
  );
  if (!result.ok) return result;
  const checked =
    tours === undefined
      ? undefined
      : asBuilt
        ? ((tours as { tours?: Tour[] }).tours ?? [])
        : await checkToursOffThread(result.graph, tours);
  return {
    ok: true,
    graphId: entry.id,
    graph: result.graph,
    sourceText,
    startPositions: startLayout,
    tours: checked,
  };
}

/** Files picked or dropped: validated, then kept on this device (IndexedDB) so a reload still has them. */
export async function openFiles(files: readonly File[]): Promise<Opened> {
  const read = await readGraphFilesOffThread(files);
  if (!read.ok) return read;
  const graphId = localGraphId(read.graphText);
  await saveLocalGraph({
    id: graphId,
    title: read.graph.meta.title,
    fileName: read.fileName,
    graphText: read.graphText,
    sourceText: read.sourceText,
    savedAt: Date.now(),
  }).catch(() => undefined);
  return { ok: true, graphId, graph: read.graph, sourceText: read.sourceText ?? '' };
}

/** `?graph=<path>`: same origin only; the graph is fetched as data and validated like any other. */
export async function openPath(path: string, base = window.location.href): Promise<Opened> {
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return { ok: false, problems: [{ file: path, path: '', code: 'foreign-origin', params: { url: path } }] };
  }
  if (url.origin !== new URL(base).origin)
    return {
      ok: false,
      problems: [{ file: path, path: '', code: 'foreign-origin', params: { url: url.origin } }],
    };
  const rel = url.pathname.replace(/^\/+/, '');
  // A linked graph is validated and has no build-time positions: the read worker loads its script meanwhile (and
  // the canvas its layout worker's, seeing the store's loadingFrom).
  warmUpReadWorker();
  const { result, sourceText } = await fetchGraph(rel, url.href, readGraphTextOffThread);
  if (!result.ok) return result;
  const graphId = localGraphId(JSON.stringify(result.graph));
  return { ok: true, graphId, graph: result.graph, sourceText, graphPath: path };
}
