import { GraphIndex } from '../domain/schema';
import { parseJsonText, readGraphText } from '../domain/read-graph';
import type { GraphResult } from '../domain/validate-graph';
import type { Problem } from '../domain/problems';

/** Graph files are data next to the app, fetched from `graph-data/` relative to the page. */
export const dataUrl = (path: string) => `${import.meta.env.BASE_URL}graph-data/${path}`;

export type IndexResult = { ok: true; index: GraphIndex } | { ok: false; problems: Problem[] };

export async function fetchIndex(): Promise<IndexResult> {
  const file = 'graph-data/index.json';
  const res = await fetch(dataUrl('index.json'));
  if (!res.ok)
    return { ok: false, problems: [{ file, path: '', code: 'source-missing', params: { name: file } }] };
  const json = parseJsonText(await res.text(), file);
  if (!json.ok) return json;
  const parsed = GraphIndex.safeParse(json.value);
  if (!parsed.success)
    return {
      ok: false,
      problems: [{ file, path: '', code: 'schema', params: { detail: parsed.error.message } }],
    };
  return { ok: true, index: parsed.data };
}

export interface LoadedGraph {
  result: GraphResult;
  sourceText: string;
}

/** Fetches a listed graph and its source text, and validates both with the same rules as `graph:check`. */
export async function fetchGraph(path: string, absolute?: string): Promise<LoadedGraph> {
  const file = absolute ? path : `graph-data/${path}`;
  const url = (p: string) => (absolute ? new URL(p, absolute).href : dataUrl(p));
  const res = await fetch(absolute ?? dataUrl(path)).catch(() => undefined);
  if (!res)
    return {
      result: { ok: false, problems: [{ file, path: '', code: 'source-missing', params: { name: file } }] },
      sourceText: '',
    };
  if (!res.ok)
    return {
      result: { ok: false, problems: [{ file, path: '', code: 'source-missing', params: { name: file } }] },
      sourceText: '',
    };
  const raw = await res.text();
  const dir = absolute ? '' : path.slice(0, path.lastIndexOf('/') + 1);
  const firstPass = parseJsonText(raw, file);
  const sourceName = firstPass.ok ? sourceFileOf(firstPass.value) : undefined;
  const sourceRes = sourceName ? await fetch(url(dir + sourceName)).catch(() => undefined) : undefined;
  const sourceText = sourceRes?.ok ? await sourceRes.text() : '';
  return { result: readGraphText(raw, file, sourceRes?.ok ? sourceText : undefined), sourceText };
}

function sourceFileOf(value: unknown): string | undefined {
  const f = (value as { meta?: { source?: { file?: unknown } } } | null)?.meta?.source?.file;
  return typeof f === 'string' && /^[\w.-]+\.txt$/.test(f) ? f : undefined;
}
