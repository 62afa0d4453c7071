/**
 * Mutations of a valid graph file (as a parsed JSON value) and of its text and bytes, as fast-check arbitraries.
 * A value mutation knows what it must lead to when it is the only one applied: `fail` with a given problem code,
 * or `either` (accepted or rejected, both are fine). Text and byte mutations only promise "no crash".
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };
export type Segment = string | number;

/** A deep copy that keeps own `__proto__` keys as the data they are (JSON.parse defines them as own fields). */
export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Sets an own property even when the key is `__proto__`, as JSON.parse would. */
export function defineKey(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const isContainer = (v: Json): v is Container => typeof v === 'object' && v !== null;

/** Every location in a value, depth first, the root first (path []). */
export function locations(root: Json): { path: Segment[]; value: Json }[] {
  const out: { path: Segment[]; value: Json }[] = [];
  const stack: { path: Segment[]; value: Json }[] = [{ path: [], value: root }];
  while (stack.length) {
    const here = stack.pop()!;
    out.push(here);
    const v = here.value;
    if (Array.isArray(v)) v.forEach((child, i) => stack.push({ path: [...here.path, i], value: child }));
    else if (isContainer(v))
      for (const key of Object.keys(v)) stack.push({ path: [...here.path, key], value: v[key]! });
  }
  return out;
}

export function getAt(root: Json, path: readonly Segment[]): Json {
  let at = root;
  for (const s of path) at = (at as Record<Segment, Json>)[s]!;
  return at;
}

function setAt(root: Json, path: readonly Segment[], value: Json): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<Segment, Json>;
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) parent[key as number] = value;
  else defineKey(parent as { [key: string]: Json }, key as string, value);
}

const pickFrom = <T>(items: readonly T[], pick: number): T | undefined =>
  items.length ? items[pick % items.length] : undefined;

/** A JSON path as the validator writes it (same rule as jsonPath in src/domain/problems.ts). */
export function pathText(path: readonly Segment[]): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ payloads

/** Script and markup that must only ever be shown as text. */
export const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">link</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  'red;background:url(javascript:alert(1))',
  'data(id)',
] as const;

/** Strings that have broken parsers, renderers and lookups elsewhere. */
export const ODD_STRINGS = [
  '',
  ' ',
  '\t\n ',
  '\uFEFF',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDC00y',
  '\u202Eevil\u202C',
  '\u200B',
  '🙂👩‍👩‍👧',
  '太谷',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  '0',
  'x'.repeat(2001),
  '中'.repeat(41),
] as const;

export const stringPayloadArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...XSS),
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
);

export const numberPayloadArb: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 1.5, 3000, 3001, 1e308, Number.MAX_SAFE_INTEGER + 2, -1e-9),
  fc.integer({ min: -5, max: 50 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Keys no part of the format has, the prototype-related ones first. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'polluted',
  '',
  'Id',
  'nodes ',
] as const;

/** Every field name the format knows; random unknown keys are drawn from outside this set. */
export const FORMAT_KEYS: ReadonlySet<string> = new Set([
  '$schema',
  'formatVersion',
  'meta',
  'nodes',
  'edges',
  'title',
  'source',
  'roots',
  'author',
  'publication',
  'year',
  'language',
  'file',
  'frontMatter',
  'id',
  'kind',
  'label',
  'aliases',
  'summary',
  'figures',
  'evidence',
  'value',
  'unit',
  'what',
  'zh',
  'en',
  'quote',
  'paragraph',
  'target',
  'relation',
]);

export const unknownKeyArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_KEYS),
  fc.string({ unit: 'grapheme', maxLength: 12 }).filter((k) => !FORMAT_KEYS.has(k)),
);

/** Small JSON values, used where a mutation needs something to put in. */
export const smallJsonArb: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;

const freshIdArb = fc.nat({ max: 999 }).map((n) => `fresh-${n}`);

// ---------------------------------------------------------------------------------------- value mutations

export type Mutation =
  | { kind: 'delete-key'; pick: number }
  | { kind: 'change-type'; pick: number; replacement: number }
  | { kind: 'unknown-key'; pick: number; key: string; value: Json }
  | { kind: 'set-string'; pick: number; text: string }
  | { kind: 'set-number'; pick: number; num: number }
  | { kind: 'duplicate-id'; from: number; to: number }
  | { kind: 'rename-id'; pick: number; id: string }
  | { kind: 'dangle-edge'; pick: number; end: 'source' | 'target'; id: string }
  | { kind: 'remove-element'; pick: number }
  | { kind: 'duplicate-element'; pick: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-key' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('change-type' as const), pick: fc.nat(), replacement: fc.nat() }),
  fc.record({
    kind: fc.constant('unknown-key' as const),
    pick: fc.nat(),
    key: unknownKeyArb,
    value: smallJsonArb,
  }),
  fc.record({ kind: fc.constant('set-string' as const), pick: fc.nat(), text: stringPayloadArb }),
  fc.record({ kind: fc.constant('set-number' as const), pick: fc.nat(), num: numberPayloadArb }),
  fc.record({ kind: fc.constant('duplicate-id' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('rename-id' as const), pick: fc.nat(), id: freshIdArb }),
  fc.record({
    kind: fc.constant('dangle-edge' as const),
    pick: fc.nat(),
    end: fc.constantFrom('source' as const, 'target' as const),
    id: freshIdArb,
  }),
  fc.record({ kind: fc.constant('remove-element' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-element' as const), pick: fc.nat() }),
);

/** What a single mutation of a valid graph must lead to. */
export type Expectation =
  { outcome: 'either' } | { outcome: 'fail'; code: string; path?: string; keys?: string };

/** Fields that may be left out: deleting them keeps a graph valid. */
function isOptional(path: readonly Segment[]): boolean {
  const key = path[path.length - 1];
  if (key === '$schema' || key === 'aliases' || key === 'figures' || key === 'frontMatter') return true;
  return key === 'evidence' && path[0] === 'edges';
}

/** A value of another JSON type than `v` (so it can never be valid where `v` was). */
function otherType(v: Json, n: number): Json {
  const all: Json[] = ['text', 7, true, null, [], {}, ['a'], { zh: 'a', en: 'b' }];
  const kind = (x: Json) => (Array.isArray(x) ? 'array' : x === null ? 'null' : typeof x);
  const others = all.filter((x) => kind(x) !== kind(v));
  return others[n % others.length]!;
}

/**
 * Applies a mutation to `graph` in place. Mutations that do not apply to this graph (no edges to dangle, say)
 * change nothing and expect acceptance of the valid original; callers pass a valid graph.
 */
export function applyMutation(graph: Json, m: Mutation): Expectation {
  const all = locations(graph);
  const nodes = (graph as { nodes?: Json }).nodes;
  const edges = (graph as { edges?: Json }).edges;
  // After earlier mutations, nodes and edges may be anything: only objects can take an id or an end.
  const objects = (list: Json | undefined) =>
    Array.isArray(list) ? list.filter((x) => isContainer(x) && !Array.isArray(x)) : [];
  const nodeList = objects(nodes) as { id: Json }[];
  const edgeList = objects(edges) as Record<string, Json>[];
  switch (m.kind) {
    case 'delete-key': {
      const at = pickFrom(
        all.filter((l) => typeof l.path[l.path.length - 1] === 'string'),
        m.pick,
      );
      if (!at) return { outcome: 'either' };
      const parent = getAt(graph, at.path.slice(0, -1)) as Record<string, Json>;
      delete parent[at.path[at.path.length - 1] as string];
      return isOptional(at.path) ? { outcome: 'either' } : { outcome: 'fail', code: 'schema' };
    }
    case 'change-type': {
      const at = pickFrom(
        all.filter((l) => l.path.length > 0),
        m.pick,
      );
      if (!at) return { outcome: 'either' };
      setAt(graph, at.path, otherType(at.value, m.replacement));
      return { outcome: 'fail', code: 'schema' };
    }
    case 'unknown-key': {
      const at = pickFrom(
        all.filter((l) => isContainer(l.value) && !Array.isArray(l.value)),
        m.pick,
      );
      if (!at) return { outcome: 'either' };
      const target = at.value as { [key: string]: Json };
      if (Object.hasOwn(target, m.key)) return { outcome: 'either' };
      defineKey(target, m.key, m.value);
      return { outcome: 'fail', code: 'schema', path: pathText(at.path), keys: m.key };
    }
    case 'set-string': {
      const at = pickFrom(
        all.filter((l) => typeof l.value === 'string'),
        m.pick,
      );
      if (at) setAt(graph, at.path, m.text);
      return { outcome: 'either' };
    }
    case 'set-number': {
      const at = pickFrom(
        all.filter((l) => typeof l.value === 'number'),
        m.pick,
      );
      if (at) setAt(graph, at.path, m.num);
      return { outcome: 'either' };
    }
    case 'duplicate-id': {
      if (nodeList.length < 2) return { outcome: 'either' };
      const from = m.from % nodeList.length;
      let to = m.to % nodeList.length;
      if (to === from) to = (to + 1) % nodeList.length;
      nodeList[to]!.id = nodeList[from]!.id;
      return { outcome: 'fail', code: 'duplicate-id' };
    }
    case 'rename-id': {
      const node = pickFrom(nodeList, m.pick);
      if (!node) return { outcome: 'either' };
      node.id = m.id;
      // Every node is a root or the source of a part-of edge, both by its old id: the new one has neither.
      return { outcome: 'fail', code: 'parentless-not-root' };
    }
    case 'dangle-edge': {
      const edge = pickFrom(edgeList, m.pick);
      if (!edge) return { outcome: 'either' };
      edge[m.end] = m.id;
      return { outcome: 'fail', code: 'edge-unknown-node' };
    }
    case 'remove-element':
    case 'duplicate-element': {
      const at = pickFrom(
        all.filter((l) => typeof l.path[l.path.length - 1] === 'number'),
        m.pick,
      );
      if (!at) return { outcome: 'either' };
      const list = getAt(graph, at.path.slice(0, -1)) as Json[];
      const i = at.path[at.path.length - 1] as number;
      if (m.kind === 'remove-element') list.splice(i, 1);
      else list.splice(i, 0, cloneJson(list[i]!));
      return { outcome: 'either' };
    }
  }
}

// ----------------------------------------------------------------------------------- text and byte mutations

/** Characters and runs that break JSON, encodings and string handling. */
export const INSERTS = [
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '"',
  '\\',
  '\\u',
  '\\ud800',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '\n',
  '\r\n',
  '/*',
  '"__proto__":{"polluted":1},',
  '"constructor":{"prototype":{"polluted":1}},',
  '<script>alert(1)</script>',
  '1e999',
  '-',
  'NaN',
] as const;

export type TextMutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number };

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ unit: 'binary', maxLength: 6 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ unit: 'grapheme', maxLength: 3 })),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 60 }),
  }),
);

export function applyTextMutation(text: string, m: TextMutation): string {
  const at = text.length ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'replace':
      return text.slice(0, at) + m.text + text.slice(at + m.text.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at);
  }
}

export type ByteMutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'cut'; at: number };

export const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc
        .constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0], [0xc0, 0x80], [0xed, 0xa0, 0x80])
        .map((b): number[] => [...b]),
      fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }),
    ),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

export function applyByteMutation(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  const at = bytes.length ? m.at % bytes.length : 0;
  const out = Uint8Array.from(bytes);
  switch (m.kind) {
    case 'flip':
      if (out.length) out[at] = out[at]! ^ (1 << m.bit);
      return out;
    case 'set':
      if (out.length) out[at] = m.byte;
      return out;
    case 'insert':
      return Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
    case 'cut':
      return bytes.slice(0, at);
  }
}
