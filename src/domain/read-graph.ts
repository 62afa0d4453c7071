import { validateGraph, type GraphResult } from './validate-graph';
import type { Problem } from './problems';
import { LIMITS } from './schema';
import { MAX_FILE_BYTES } from './limits';

export { MAX_FILE_BYTES };
/** The format's deepest value sits at depth 5 (nodes[i].figures[j].what.zh); anything far deeper is hostile. */
export const MAX_JSON_DEPTH = 16;

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** Decodes a file's bytes as UTF-8, refusing sizes over the limit and other encodings with a named problem. */
export function decodeGraphBytes(
  bytes: Uint8Array,
  file: string,
): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  const fail = (code: Problem['code'], params: Problem['params']) => ({
    ok: false as const,
    problems: [{ file, path: '', code, params }],
  });
  if (bytes.byteLength > MAX_FILE_BYTES)
    return fail('file-too-large', { bytes: bytes.byteLength, max: MAX_FILE_BYTES });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return fail('file-not-utf8', { encoding: 'UTF-16' });
  // UTF-16 without a BOM: a JSON file starts with an ASCII character, which UTF-16 pairs with a zero byte.
  // Valid UTF-8 JSON never has a zero byte there; without this, such a file would decode and fail as "not JSON".
  if (bytes.byteLength >= 2 && (bytes[0] === 0) !== (bytes[1] === 0))
    return fail('file-not-utf8', { encoding: 'UTF-16' });
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail('file-not-utf8', { encoding: 'unknown' });
  }
}

/** JSON.parse with a depth guard run first, and syntax errors reported by line and column. */
export function parseJsonText(raw: string, file: string): JsonResult {
  const text = raw.replace(/^\uFEFF/, '');
  const fail = (code: Problem['code'], params: Problem['params']): JsonResult => ({
    ok: false,
    problems: [{ file, path: '', code, params }],
  });
  if (text.length > MAX_FILE_BYTES)
    return fail('file-too-large', { bytes: text.length, max: MAX_FILE_BYTES });
  const deep = findExcessiveNesting(text, MAX_JSON_DEPTH);
  if (deep >= 0) return fail('too-deep', { max: MAX_JSON_DEPTH, ...lineColumn(text, deep) });
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    // Without a position the engine ran out of input ("Unexpected end of JSON input"): the end is where.
    const where = lineColumn(text, position ? Number(position[1]) : text.length);
    // The engine's wording varies by version; keep what is wrong, drop where (we give line and column).
    return fail('json-syntax', { ...where, detail: message.replace(/\s*in JSON at position.*$/s, '') });
  }
}

/**
 * The node and edge counts against LIMITS, checked on the parsed value before any per-node validation, so an
 * oversized graph is refused with one clear problem (its count and the limit) and no work per node.
 */
export function checkGraphSize(value: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problems;
  const { nodes, edges } = value as { nodes?: unknown; edges?: unknown };
  if (Array.isArray(nodes) && nodes.length > LIMITS.maxNodes)
    problems.push({
      file,
      path: 'nodes',
      code: 'too-many-nodes',
      params: { count: nodes.length, max: LIMITS.maxNodes },
    });
  if (Array.isArray(edges) && edges.length > LIMITS.maxEdges)
    problems.push({
      file,
      path: 'edges',
      code: 'too-many-edges',
      params: { count: edges.length, max: LIMITS.maxEdges },
    });
  return problems;
}

/** The whole path from a file's text to a validated graph: size, depth, syntax, counts, then every rule. */
export function readGraphText(raw: string, file: string, sourceText?: string): GraphResult {
  const json = parseJsonText(raw, file);
  if (!json.ok) return json;
  const tooMany = checkGraphSize(json.value, file);
  if (tooMany.length) return { ok: false, problems: tooMany };
  return validateGraph(json.value, sourceText === undefined ? { file } : { file, sourceText });
}

/** Offset of the first bracket that opens past `max` levels, or -1; strings are skipped. */
function findExcessiveNesting(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
