import { readGraphText } from '../domain/read-graph';
import type { GraphResult } from '../domain/validate-graph';
import { readGraphFiles, type FilesResult } from './read-files';
import type { WorkerRequest } from './read-files.worker';

/** Runs one request in a fresh Web Worker; where there are no workers (tests), `inline` runs it here. */
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
  inWorker({ kind: 'files', files: [...files] }, () => readGraphFiles(files));

/** readGraphText off the main thread (graphs fetched from `?graph=` links). */
export const readGraphTextOffThread = (
  raw: string,
  file: string,
  sourceText?: string,
): Promise<GraphResult> =>
  inWorker({ kind: 'text', raw, file, sourceText }, async () => readGraphText(raw, file, sourceText));
