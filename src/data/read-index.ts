import { parseJsonText } from '../domain/read-graph';
import type { Problem } from '../domain/problems';
import { GraphIndex } from '../domain/schema';

export type IndexResult = { ok: true; index: GraphIndex } | { ok: false; problems: Problem[] };

/** graph-data/index.json: the shipped graphs and which one opens first. */
export function readIndexText(raw: string, file: string): IndexResult {
  const json = parseJsonText(raw, file);
  if (!json.ok) return json;
  const parsed = GraphIndex.safeParse(json.value);
  if (!parsed.success)
    return {
      ok: false,
      problems: [{ file, path: '', code: 'schema', params: { detail: parsed.error.message } }],
    };
  return { ok: true, index: parsed.data };
}
