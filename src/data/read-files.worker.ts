/// <reference lib="webworker" />
import { readGraphText } from '../domain/read-graph';
import { readGraphFiles } from './read-files';

export type WorkerRequest =
  { kind: 'files'; files: File[] } | { kind: 'text'; raw: string; file: string; sourceText?: string };

// Reading and validating a large graph takes seconds; here it never blocks the page.
self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  self.postMessage(
    req.kind === 'files' ? await readGraphFiles(req.files) : readGraphText(req.raw, req.file, req.sourceText),
  );
};
