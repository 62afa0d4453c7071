/// <reference lib="webworker" />
import { readGraphText } from '../domain/read-graph';
import { readGraphFiles } from './read-files';
import { readIndexText } from './read-index';
import { buildModel } from '../domain/graph-model';
import type { GraphFile } from '../domain/schema';
import { toursFromJson } from '../domain/validate-tour';

export type WorkerRequest =
  | { kind: 'files'; files: File[] }
  | { kind: 'text'; raw: string; file: string; sourceText?: string }
  | { kind: 'index'; raw: string; file: string }
  | { kind: 'tours'; graph: GraphFile; tours: unknown };

// Reading and validating a large graph takes seconds; here it never blocks the page.
self.onmessage = async (e: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request: req } = e.data;
  const result =
    req.kind === 'files'
      ? await readGraphFiles(req.files)
      : req.kind === 'index'
        ? readIndexText(req.raw, req.file)
        : req.kind === 'tours'
          ? toursFromJson(req.tours, buildModel(req.graph))
          : readGraphText(req.raw, req.file, req.sourceText);
  self.postMessage({ id, result });
};
