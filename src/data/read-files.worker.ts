/// <reference lib="webworker" />
import { readGraphFiles } from './read-files';

// Reading and validating a large file takes seconds; here it never blocks the page.
self.onmessage = async (e: MessageEvent<File[]>) => {
  self.postMessage(await readGraphFiles(e.data));
};
