import { readGraphFiles, type FilesResult } from './read-files';

/** readGraphFiles in a Web Worker, so validating a 20 MB file never freezes the tab; inline where no workers. */
export function readGraphFilesOffThread(files: readonly File[]): Promise<FilesResult> {
  if (typeof Worker === 'undefined') return readGraphFiles(files);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./read-files.worker.ts', import.meta.url), { type: 'module' });
    const done = (result: FilesResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (e: MessageEvent<FilesResult>) => done(e.data);
    worker.onerror = () => {
      worker.terminate();
      void readGraphFiles(files).then(resolve);
    };
    worker.postMessage([...files]);
  });
}
