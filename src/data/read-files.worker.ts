/// <reference lib="webworker" />
import { readGraphText } from '../domain/read-graph';
import { readGraphFiles } from './read-files';
import { readIndexText } from './read-index';

export type WorkerRequest =
  | { kind: 'files'; files: File[] }
  | { kind: 'text'; raw: string; file: string; sourceText?: string }
  | { kind: 'index'; raw: string; file: string };

// Reading and validating a large graph takes seconds; here it never blocks the page.
self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  self.postMessage(
    req.kind === 'files'
      ? await readGraphFiles(req.files)
      : req.kind === 'index'
        ? readIndexText(req.raw, req.file)
        : readGraphText(req.raw, req.file, req.sourceText),
  );
};
