import type { GraphResult } from '../domain/validate-graph';
import type { GraphFile } from '../domain/schema';
import type { Tour } from '../domain/tour-schema';
import type { FilesResult } from './read-files';
import type { IndexResult } from './read-index';
import type { WorkerRequest } from './read-files.worker';

interface Waiting {
  resolve(value: unknown): void;
  inline(): Promise<unknown>;
}
let shared: { worker: Worker; waiting: Map<number, Waiting> } | undefined;
let nextId = 0;

/** One long-lived worker: starting one per request cost a script load and compile each time, at start-up twice. */
function readWorker() {
  if (shared) return shared;
  const worker = new Worker(new URL('./read-files.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, Waiting>();
  worker.onmessage = (e: MessageEvent<{ id: number; result: unknown }>) => {
    waiting.get(e.data.id)?.resolve(e.data.result);
    waiting.delete(e.data.id);
  };
  worker.onerror = () => {
    // A worker that fails (blocked, out of memory) is replaced; what it was doing runs here instead.
    worker.terminate();
    shared = undefined;
    for (const w of waiting.values()) void w.inline().then(w.resolve);
    waiting.clear();
  };
  return (shared = { worker, waiting });
}

/** Starts the read worker early, so its script loads while the page fetches its first data. */
export function warmUpReadWorker(): void {
  if (typeof Worker !== 'undefined') readWorker();
}

/**
 * Runs one request in the read worker; where there are no workers (tests), `inline` runs it here. The
 * validation code (zod and every rule) is only ever loaded by the worker, never with the page.
 */
function inWorker<T>(request: WorkerRequest, inline: () => Promise<T>): Promise<T> {
  if (typeof Worker === 'undefined') return inline();
  const { worker, waiting } = readWorker();
  const id = ++nextId;
  return new Promise<T>((resolve) => {
    waiting.set(id, { resolve: resolve as (v: unknown) => void, inline });
    worker.postMessage({ id, request });
  });
}

/** readGraphFiles off the main thread, so checking a 20 MB file never freezes the tab. */
export const readGraphFilesOffThread = (files: readonly File[]): Promise<FilesResult> =>
  inWorker({ kind: 'files', files: [...files] }, async () =>
    (await import('./read-files')).readGraphFiles(files),
  );

/** readGraphText off the main thread (every fetched or stored graph). */
export const readGraphTextOffThread = (
  raw: string,
  file: string,
  sourceText?: string,
): Promise<GraphResult> =>
  inWorker({ kind: 'text', raw, file, sourceText }, async () =>
    (await import('../domain/read-graph')).readGraphText(raw, file, sourceText),
  );

/** The list of shipped graphs (graph-data/index.json), checked off the main thread too. */
export const readIndexTextOffThread = (raw: string, file: string): Promise<IndexResult> =>
  inWorker({ kind: 'index', raw, file }, async () => (await import('./read-index')).readIndexText(raw, file));

/** A shipped graph's tours, each checked against the graph; invalid ones are left out. */
export const checkToursOffThread = (graph: GraphFile, tours: unknown): Promise<Tour[]> =>
  inWorker({ kind: 'tours', graph, tours }, async () => {
    const [{ toursFromJson }, { buildModel }] = await Promise.all([
      import('../domain/validate-tour'),
      import('../domain/graph-model'),
    ]);
    return toursFromJson(tours, buildModel(graph));
  });
