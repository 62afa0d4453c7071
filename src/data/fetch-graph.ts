import { MAX_FILE_BYTES } from '../domain/limits';
import type { GraphResult } from '../domain/validate-graph';
import { parseStartLayout, START_LAYOUT_FILE } from './start-layout-file';
import type { StartPositions } from '../view/positions';
import type { IndexResult } from './read-index';
import { readIndexTextOffThread, warmUpReadWorker } from './read-files-off-thread';
import { TOURS_FILE } from './tours-file';
import type { GraphFile, GraphIndex } from '../domain/schema';
import { hasShippedDigests, isShippedAsBuilt } from './shipped-data';

/** Graph files are data next to the app, fetched from `graph-data/` relative to the page. */
export const dataUrl = (path: string) => `${import.meta.env.BASE_URL}graph-data/${path}`;

export async function fetchIndex(): Promise<IndexResult> {
  const file = 'graph-data/index.json';
  // Without the build's digests everything is validated: the worker's script loads while the index arrives.
  if (!hasShippedDigests()) warmUpReadWorker();
  const res = await fetch(dataUrl('index.json')).catch(() => undefined);
  if (!res?.ok)
    return { ok: false, problems: [{ file, path: '', code: 'source-missing', params: { name: file } }] };
  const raw = await res.text();
  if (await isShippedAsBuilt('index.json', raw)) return { ok: true, index: JSON.parse(raw) as GraphIndex };
  return readIndexTextOffThread(raw, file);
}

export interface LoadedGraph {
  result: GraphResult;
  sourceText: string;
  /** Build-time start positions, when the graph ships with them. */
  startLayout?: StartPositions;
  /** The build's tours.json, parsed but not yet checked against the graph (shipped graphs only). */
  tours?: unknown;
  /** Every file is byte for byte what the build validated (graph, source, tours): nothing left to check. */
  asBuilt?: boolean;
}

const fail = (file: string): LoadedGraph => ({
  result: { ok: false, problems: [{ file, path: '', code: 'source-missing', params: { name: file } }] },
  sourceText: '',
});

const getText = (url: string) =>
  fetch(url)
    .then((r) => (r.ok ? r.text() : undefined))
    .catch(() => undefined);

/**
 * Fetches a graph and, side by side, its usual source text and build-time start layout; validates with the same
 * rules as `graph:check`. A graph naming another source file gets that one fetched after.
 */
export type Validate = (raw: string, file: string, sourceText?: string) => Promise<GraphResult>;

export async function fetchGraph(
  path: string,
  absolute: string | undefined,
  validate: Validate,
): Promise<LoadedGraph> {
  const file = absolute ? path : `graph-data/${path}`;
  const dir = absolute ? '' : path.slice(0, path.lastIndexOf('/') + 1);
  const url = (p: string) => (absolute ? new URL(p, absolute).href : dataUrl(p));
  const [raw, guessedSource, layoutText, toursText] = await Promise.all([
    getText(absolute ?? dataUrl(path)),
    getText(url(`${dir}source.txt`)),
    getText(url(`${dir}${START_LAYOUT_FILE}`)),
    absolute ? undefined : getText(url(`${dir}${TOURS_FILE}`)),
  ]);
  if (raw === undefined) return fail(file);
  if (raw.length > MAX_FILE_BYTES)
    return {
      result: {
        ok: false,
        problems: [
          { file, path: '', code: 'file-too-large', params: { bytes: raw.length, max: MAX_FILE_BYTES } },
        ],
      },
      sourceText: '',
    };
  const sourceName = sourceFileOf(raw);
  const source =
    sourceName === undefined
      ? undefined
      : sourceName === 'source.txt'
        ? guessedSource
        : await getText(url(dir + sourceName));
  let startLayout: StartPositions | undefined;
  try {
    startLayout = layoutText ? parseStartLayout(JSON.parse(layoutText)) : undefined;
  } catch {
    startLayout = undefined;
  }
  let tours: unknown;
  try {
    tours = toursText ? (JSON.parse(toursText) as unknown) : undefined;
  } catch {
    tours = undefined;
  }
  const sourcePath = `${dir}${sourceName ?? 'source.txt'}`;
  const asBuilt =
    !absolute &&
    (await Promise.all([
      isShippedAsBuilt(path, raw),
      source === undefined || isShippedAsBuilt(sourcePath, source),
      toursText === undefined || isShippedAsBuilt(`${dir}${TOURS_FILE}`, toursText),
    ]).then((all) => all.every(Boolean)));
  const result = asBuilt
    ? { ok: true as const, graph: JSON.parse(raw) as GraphFile }
    : await validate(raw, file, source);
  return { result, sourceText: source ?? '', startLayout, tours, asBuilt };
}
/**
 * The source file a graph names (meta.source.file), read without parsing the whole file on the main thread:
 * the full parse and every rule run once, in validate (off the main thread for opened graphs).
 */
function sourceFileOf(raw: string): string | undefined {
  return /"file"\s*:\s*"([\w.-]+\.txt)"/.exec(raw)?.[1];
}
