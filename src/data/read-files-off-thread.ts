import type { GraphResult } from '../domain/validate-graph';
import type { GraphFile } from '../domain/schema';
import type { Tour } from '../tour/tour-types';
import type { FilesResult } from './read-files';
import type { IndexResult } from './read-index';
import type { WorkerRequest } from './read-files.worker';

/**
 * Runs one request in a fresh Web Worker; where there are no workers (tests), `inline` runs it here. The
 * validation code (zod and every rule) is only ever loaded by the worker, never with the page.
 */
function inWorker<T>(request: WorkerRequest, inline: () => Promise<T>): Promise<T> {
  if (typeof Worker === 'undefined') return inline();
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./read-files.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<T>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = () => {
      worker.terminate();
      void inline().then(resolve);
    };
    worker.postMessage(request);
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
