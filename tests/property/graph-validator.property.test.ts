import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/domain/graph-model';
import { splitParagraphs } from '../../src/domain/source-text';
import { validateGraph, type ValidateOptions } from '../../src/domain/validate-graph';
import { FIGURE_UNIT_NAMES, NODE_KINDS } from '../../src/domain/vocabulary';
import { codesOf, expectGraphResult, expectNoPollution } from './invariants';
import {
  applyMutation,
  cloneJson,
  defineKey,
  FORMAT_KEYS,
  HOSTILE_KEYS,
  mutationArb,
  numberPayloadArb,
  stringPayloadArb,
  XSS,
  type Json,
} from './mutations';
import { VALIDATOR_RUNS as RUNS } from './run-counts';

const miniText = readFileSync('tests/fixtures/mini/valid.json', 'utf8');
const miniSource = readFileSync('tests/fixtures/mini/source.txt', 'utf8');
const taiguText = readFileSync('graph-data/taigu-2021/graph.json', 'utf8');
const taiguSource = readFileSync('graph-data/taigu-2021/source.txt', 'utf8');
const mini = JSON.parse(miniText) as Json & { nodes: Json[]; edges: Json[]; meta: Json };
const taigu = JSON.parse(taiguText) as Json;

const FILE = 'g.json';
const options = (sourceText?: string): ValidateOptions =>
  sourceText === undefined ? { file: FILE } : { file: FILE, sourceText };

/** Validates, checks the outcome invariant (paths into the input, re-validation), and returns the result. */
function check(input: unknown, sourceText?: string) {
  const result = validateGraph(input, options(sourceText));
  expectGraphResult(result, { input, revalidate: (g) => validateGraph(g, options(sourceText)) });
  return result;
}

afterEach(expectNoPollution);

// ------------------------------------------------------------------------------------------- arbitraries

const keyArb = fc.oneof(
  fc.constantFrom(...HOSTILE_KEYS),
  fc.constantFrom(...FORMAT_KEYS),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
/** Any value JSON.parse can produce (objects with `__proto__` keys as own fields), plus what JS callers might pass. */
const valueArb: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; array: unknown[]; object: unknown }>(
  (tie) => ({
    value: fc.oneof(
      { maxDepth: 4, depthSize: 'small' },
      fc.constantFrom(null, true, false, undefined, NaN, Infinity, -Infinity),
      numberPayloadArb,
      stringPayloadArb,
      tie('array'),
      tie('object'),
    ),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.array(fc.tuple(keyArb, tie('value')), { maxLength: 5 }).map((entries) => {
      const o: Record<string, Json> = {};
      for (const [k, v] of entries) defineKey(o, k, v as Json);
      return o;
    }),
  }),
).value;

/** Graph-shaped values: the real parts of the mini graph mixed with arbitrary ones, to get past the top level. */
const nearGraphArb = fc
  .record(
    {
      $schema: fc.oneof(fc.constant('../graph.schema.json'), valueArb),
      formatVersion: fc.oneof(fc.constantFrom(1, 2, '1', 0), valueArb),
      meta: fc.oneof(fc.constant(mini.meta), valueArb),
      nodes: fc.oneof(
        fc.constant(mini.nodes),
        fc.array(fc.oneof(fc.constantFrom(...mini.nodes), valueArb), { maxLength: 6 }),
        valueArb,
      ),
      edges: fc.oneof(
        fc.constant(mini.edges),
        fc.array(fc.oneof(fc.constantFrom(...mini.edges), valueArb), { maxLength: 6 }),
        valueArb,
      ),
    },
    { requiredKeys: [] },
  )
  .map((g) => cloneJson(g as Json));

// A well-formed forest over the mini source, then at most one known corruption.

const paragraphs = splitParagraphs(miniSource);
const ID_POOL = ['plan', 'a', 'b-2', 'c3', 'constructor', 'prototype', 'to-string', 'has-own-property', 'x'];
/** Texts valid in every text field: no surrounding whitespace (the schema trims), at most 40 characters. */
const textArb = fc.oneof(
  fc.constantFrom(
    ...XSS.filter((x) => x.length <= 40),
    '太谷',
    'Taigu',
    '🙂',
    '\u202Eevil',
    'a\u0000b',
    '\uD800x',
  ),
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
    .filter((s) => s.trim() === s && s.length > 0 && s.length <= 40),
);
const quoteArb = fc
  .record({ p: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 12 }) })
  .map(({ p, start, length }) => {
    const i = p % paragraphs.length;
    const para = paragraphs[i]!;
    const from = start % para.length;
    return { quote: para.slice(from, from + length), paragraph: i + 1 };
  });

const nodeArb = fc.record(
  {
    kind: fc.constantFrom(...NODE_KINDS),
    label: fc.record({ zh: textArb, en: textArb }),
    summary: fc.record({ zh: textArb, en: textArb }),
    aliases: fc.array(textArb, { maxLength: 3 }),
    figures: fc.array(
      fc.record({
        value: fc.integer({ min: -1e6, max: 1e6 }),
        unit: fc.constantFrom(...FIGURE_UNIT_NAMES),
        what: fc.record({ zh: textArb, en: textArb }),
      }),
      { maxLength: 2 },
    ),
    evidence: quoteArb,
  },
  { requiredKeys: ['kind', 'label', 'summary', 'evidence'] },
);

const CORRUPTIONS = [
  'duplicate-id',
  'edge-unknown-node',
  'self-loop',
  'duplicate-edge',
  'two-parents',
  'part-of-cycle',
  'parentless-not-root',
  'root-unknown',
  'duplicate-root',
  'quote-not-in-source',
  'paragraph-out-of-range',
  'schema',
] as const;
type Corruption = (typeof CORRUPTIONS)[number];

const structuredArb = fc.record({
  ids: fc.shuffledSubarray(ID_POOL, { minLength: 1, maxLength: 7 }),
  nodes: fc.array(nodeArb, { minLength: 7, maxLength: 7 }),
  parents: fc.array(fc.option(fc.nat(), { freq: 3 }), { minLength: 7, maxLength: 7 }),
  supports: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(quoteArb)), { maxLength: 5 }),
  title: fc.record({ zh: textArb, en: textArb }),
  corruption: fc.option(fc.constantFrom(...CORRUPTIONS), { freq: 2 }),
  pick: fc.nat(),
});

interface Built {
  graph: {
    formatVersion: 1;
    meta: { title: { zh: string; en: string }; source: Json; roots: string[] };
    nodes: { id: string; evidence: { quote: string; paragraph: number }; label: { en: string } }[];
    edges: { source: string; target: string; relation: string; evidence?: Json }[];
  };
  /** The problem code the corruption must cause, or undefined for a graph that must be accepted. */
  expected?: Corruption;
}

type Structured = typeof structuredArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Structured): Built {
  const n = s.ids.length;
  const nodes = s.ids.map((id, i) => ({ id, ...s.nodes[i]! }));
  const parent = s.parents.slice(0, n).map((p, i) => (i === 0 || p === null ? -1 : p % i));
  const edges: Built['graph']['edges'] = [];
  parent.forEach((p, i) => {
    if (p >= 0) edges.push({ source: s.ids[i]!, target: s.ids[p]!, relation: 'part-of' });
  });
  const seen = new Set<string>();
  for (const [a, b, evidence] of s.supports) {
    const source = s.ids[a % n]!;
    const target = s.ids[b % n]!;
    if (source === target || seen.has(`${source}>${target}`)) continue;
    seen.add(`${source}>${target}`);
    edges.push(
      evidence
        ? { source, target, relation: 'supports', evidence }
        : { source, target, relation: 'supports' },
    );
  }
  const roots = s.ids.filter((_, i) => parent[i] === -1);
  const graph: Built['graph'] = {
    formatVersion: 1,
    meta: {
      title: s.title,
      source: {
        title: '<b>青禾</b>',
        author: XSS[0],
        publication: XSS[3],
        year: 2024,
        language: 'zh-CN',
        file: 'source.txt',
      },
      roots,
    },
    nodes,
    edges,
  };
  const pick = <T>(list: readonly T[]) => list[s.pick % list.length]!;
  const nonRoots = s.ids.map((_, i) => i).filter((i) => parent[i]! >= 0);
  const descendantsOf0 = nonRoots.filter((i) => {
    let p = parent[i]!;
    while (p > 0) p = parent[p]!;
    return p === 0;
  });
  switch (s.corruption) {
    case null:
      return { graph };
    case 'duplicate-id':
      if (n < 2) return { graph };
      nodes[1 + (s.pick % (n - 1))]!.id = nodes[0]!.id;
      break;
    case 'edge-unknown-node':
      edges.push({ source: pick(s.ids), target: 'ghost-node', relation: 'supports' });
      break;
    case 'self-loop': {
      const id = pick(s.ids);
      edges.push({ source: id, target: id, relation: 'supports' });
      break;
    }
    case 'duplicate-edge':
      if (!edges.length) return { graph };
      edges.push({ ...pick(edges) });
      break;
    case 'two-parents': {
      if (!nonRoots.length || n < 3) return { graph };
      const child = pick(nonRoots);
      const other = s.ids.findIndex((_, i) => i !== child && i !== parent[child]);
      edges.push({ source: s.ids[child]!, target: s.ids[other]!, relation: 'part-of' });
      break;
    }
    case 'part-of-cycle':
      if (!descendantsOf0.length) return { graph };
      edges.push({ source: s.ids[0]!, target: s.ids[pick(descendantsOf0)]!, relation: 'part-of' });
      graph.meta.roots = roots.filter((r) => r !== s.ids[0]);
      if (!graph.meta.roots.length) graph.meta.roots = [s.ids[0]!]; // keeps the schema happy; adds root-has-parent
      break;
    case 'parentless-not-root':
      if (roots.length < 2) return { graph };
      graph.meta.roots = roots.slice(0, -1);
      break;
    case 'root-unknown':
      graph.meta.roots = [...roots, 'ghost-root'];
      break;
    case 'duplicate-root':
      graph.meta.roots = [...roots, pick(roots)];
      break;
    case 'quote-not-in-source':
      pick(nodes).evidence.quote += '✗';
      break;
    case 'paragraph-out-of-range':
      pick(nodes).evidence.paragraph = paragraphs.length + 1 + (s.pick % 5);
      break;
    case 'schema':
      pick(nodes).label.en = ' \t ';
      break;
  }
  return { graph, expected: s.corruption };
}

// ------------------------------------------------------------------------------------------------- tests

describe('validateGraph never throws and always answers in the agreed shape', () => {
  it('on arbitrary values, including __proto__ / constructor keys, NaN and undefined', () => {
    fc.assert(
      fc.property(valueArb, fc.boolean(), (value, withSource) => {
        check(value, withSource ? miniSource : undefined);
      }),
      { numRuns: RUNS.arbitraryJson },
    );
  });

  it('on graph-shaped values made of real and arbitrary parts', () => {
    fc.assert(
      fc.property(nearGraphArb, fc.boolean(), (value, withSource) => {
        check(value, withSource ? miniSource : undefined);
      }),
      { numRuns: RUNS.nearGraphs },
    );
  });
});

describe('structured random graphs', () => {
  it('accepts every well-formed forest verbatim (markup in text fields included) and names each corruption', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(structuredArb, (s) => {
        const { graph, expected } = build(s);
        const result = check(graph, miniSource);
        if (expected === undefined) {
          expect(codesOf(result)).toEqual([]);
          if (!result.ok) return;
          accepted++;
          // nothing trimmed, escaped or dropped: the text is kept exactly as written
          expect(result.graph).toEqual(graph);
          const model = buildModel(result.graph);
          expect(model.order).toEqual(graph.nodes.map((n) => n.id));
          expect(model.roots).toEqual(graph.meta.roots);
          for (const id of model.order) expect(model.level.get(id)).toBeGreaterThanOrEqual(1);
        } else {
          rejected++;
          expect(codesOf(result)).toContain(expected);
        }
      }),
      { numRuns: RUNS.structuredGraphs },
    );
    // both sides of the property were exercised, not just one
    expect(accepted).toBeGreaterThan(RUNS.structuredGraphs / 10);
    expect(rejected).toBeGreaterThan(RUNS.structuredGraphs / 10);
  });
});

describe('mutations of valid graphs', () => {
  it('one mutation of the mini graph: rejected exactly when a rule says so, with the problem named', () => {
    fc.assert(
      fc.property(mutationArb, fc.boolean(), (m, withSource) => {
        const graph = cloneJson(mini as Json);
        const expectation = applyMutation(graph, m);
        const result = check(graph, withSource ? miniSource : undefined);
        if (expectation.outcome === 'either') return;
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(codesOf(result)).toContain(expectation.code);
        if (expectation.keys !== undefined) {
          const unknown = result.problems.find(
            (p) => p.params.issue === 'unrecognized_keys' && p.path === expectation.path,
          );
          expect(unknown, `no unknown-field problem at ${expectation.path}`).toBeDefined();
          expect(String(unknown?.params.keys)).toContain(expectation.keys);
        }
      }),
      { numRuns: RUNS.miniSingleMutation },
    );
  });

  it('several mutations of the mini graph in a row', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 2, maxLength: 5 }), fc.boolean(), (ms, withSource) => {
        const graph = cloneJson(mini as Json);
        for (const m of ms) applyMutation(graph, m);
        check(graph, withSource ? miniSource : undefined);
      }),
      { numRuns: RUNS.miniManyMutations },
    );
  });

  it('one mutation of the real Taigu graph, checked against its source text', () => {
    fc.assert(
      fc.property(mutationArb, (m) => {
        const graph = cloneJson(taigu);
        const expectation = applyMutation(graph, m);
        const result = check(graph, taiguSource);
        if (expectation.outcome === 'fail') expect(codesOf(result)).toContain(expectation.code);
      }),
      { numRuns: RUNS.taiguSingleMutation },
    );
  });

  it('the order of nodes and edges never decides whether a valid graph is accepted', () => {
    const taiguNodes = (taigu as { nodes: Json[] }).nodes;
    const taiguEdges = (taigu as { edges: Json[] }).edges;
    const permutation = <T>(list: readonly T[]) =>
      fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });
    const arb = fc.oneof(
      fc.tuple(
        fc.constant(mini as Json),
        permutation(mini.nodes),
        permutation(mini.edges),
        fc.constant(miniSource),
      ),
      fc.tuple(
        fc.constant(taigu),
        permutation(taiguNodes),
        permutation(taiguEdges),
        fc.constant(taiguSource),
      ),
    );
    fc.assert(
      fc.property(arb, ([original, nodes, edges, source]) => {
        const graph = { ...(original as object), nodes, edges };
        const result = check(graph, source);
        expect(codesOf(result)).toEqual([]);
      }),
      { numRuns: RUNS.shuffledOrder },
    );
  });
});
