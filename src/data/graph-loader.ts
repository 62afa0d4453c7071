import { useApp } from '../store/app-store';
import { fetchIndex } from './fetch-graph';
import { openById, openFiles as readFiles, openPath, type Opened } from './graph-sources';
import { deleteLocalGraph, listLocalGraphs } from './local-graphs';

/**
 * Loading, opening and removing graphs: the I/O (fetch, IndexedDB, workers) happens here, and what it finds is
 * handed to the store's transitions. Nothing on screen is lost when a graph cannot be opened.
 */
const store = () => useApp.getState();

function show(opened: Opened): boolean {
  if (!opened.ok) {
    store().openFailed(opened.problems);
    return false;
  }
  store().graphOpened(opened);
  return true;
}

async function ensureIndex(): Promise<boolean> {
  if (store().index) return true;
  const result = await fetchIndex();
  if (result.ok) store().indexLoaded(result.index);
  else store().openFailed(result.problems);
  return result.ok;
}

/** A shipped graph (the index's default when no id is given) or one kept on this device. */
export async function loadGraph(graphId?: string): Promise<void> {
  store().loadStarted('shipped');
  if (!(await ensureIndex())) return;
  // The device's own graphs (IndexedDB) are listed beside the shipped one, not before it is shown.
  const [local, opened] = await Promise.all([listLocalGraphs(), openById(store().index!, graphId)]);
  store().localGraphsListed(local);
  show(opened);
}

/** Files picked or dropped: checked off the main thread, kept on this device, shown. */
export async function openFiles(files: readonly File[]): Promise<boolean> {
  store().checkingFileChanged(true);
  store().loadStarted('file');
  const opened = await readFiles(files).finally(() => store().checkingFileChanged(false));
  store().localGraphsListed(await listLocalGraphs());
  return show(opened);
}

/** `?graph=<path>`: fetched at once; the index (for the graph picker) arrives beside it. */
export async function openGraphPath(path: string): Promise<boolean> {
  store().loadStarted('linked');
  const index = ensureIndex().catch(() => false);
  const opened = await openPath(path);
  await index;
  return show(opened);
}

/** Forgets a graph kept on this device; if it is on screen, the default graph takes its place. */
export async function removeLocalGraph(id: string): Promise<void> {
  await deleteLocalGraph(id).catch(() => undefined);
  store().localGraphsListed(await listLocalGraphs());
  if (store().graphId === id) await loadGraph();
}
