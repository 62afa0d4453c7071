import { createHash } from 'node:crypto';
import type { GraphDirResult } from './graph-dir';
import { derivedFiles } from './derived-files';
import { START_LAYOUT_FILE } from '../../src/data/start-layout-file';
import { TOURS_FILE } from '../../src/data/tours-file';
import { SHIPPED_DATA_META, type ShippedDigests } from '../../src/data/shipped-data';

/**
 * Every file the build writes under `graph-data/`, by path inside it, exactly as written: the index and the graphs
 * as their validated form, each graph's source text and its derived files.
 */
export function shippedFiles(result: GraphDirResult): Map<string, string> {
  const files = new Map<string, string>();
  if (!result.index) return files;
  files.set('index.json', JSON.stringify(result.index));
  for (const g of result.graphs) {
    const entry = result.index.graphs.find((e) => e.id === g.id);
    if (!entry) continue;
    files.set(entry.path, JSON.stringify(g.graph));
    files.set(`${g.id}/${g.graph.meta.source.file}`, g.sourceText);
    for (const [name, content] of Object.entries(derivedFiles(g))) files.set(`${g.id}/${name}`, content);
  }
  return files;
}

/** Derived files the app reads without validating them (it copes with any content). */
const UNCHECKED = [START_LAYOUT_FILE, 'search-index.json'];

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-256 of the files the app validates (index, graphs, sources, tours), for src/data/shipped-data.ts. */
export function shippedDigests(files: ReadonlyMap<string, string>): ShippedDigests {
  const out: ShippedDigests = {};
  for (const [path, text] of files)
    if (!UNCHECKED.some((name) => path.endsWith(`/${name}`))) out[path] = sha256(text);
  return out;
}

/** What the first view needs, fetched while the script still loads: the index and the default graph's files. */
export function preloadPaths(result: GraphDirResult): string[] {
  const index = result.index;
  const entry = index?.graphs.find((g) => g.id === index.default) ?? index?.graphs[0];
  const g = entry && result.graphs.find((x) => x.id === entry.id);
  if (!entry || !g) return ['index.json'];
  const dir = entry.path.slice(0, entry.path.lastIndexOf('/') + 1);
  return [
    'index.json',
    entry.path,
    ...[g.graph.meta.source.file, START_LAYOUT_FILE, TOURS_FILE].map((f) => dir + f),
  ];
}

export { SHIPPED_DATA_META };
