import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { LAYOUT_NAMES } from '../../src/domain/vocabulary';
import { afterEach, describe, it } from 'vitest';
import type { GraphModel } from '../../src/domain/graph-model';
import { NODE_KINDS, RELATIONS } from '../../src/domain/vocabulary';
import { initialView, type ViewState } from '../../src/view/view-state';
import { decodeView, encodeView, type DecodedView } from '../../src/link-format/url-state';
import type { ViewOp } from '../../src/view/view-ops';
import { miniModel, taiguModel } from '../helpers/load';
import { ensure, expectNoPollution } from './invariants';
import { applyTextMutation, XSS, type TextMutation } from './mutations';
import { URL_RUNS as RUNS } from './run-counts';
import { expectValidDecoded, PARAMS } from './url-invariants';

const taigu = taiguModel();
const mini = miniModel();
const MODELS: (GraphModel | undefined)[] = [taigu, mini, undefined];
const G = 'taigu-2021';
const view = (v: Partial<ViewState>): ViewState => ({ ...initialView(), ...v });
const show = (v: unknown) => JSON.stringify(v)?.slice(0, 400);

function decodeAll(search: string): DecodedView[] {
  return MODELS.map((m) => {
    const d = decodeView(search, m);
    expectValidDecoded(d, m);
    return d;
  });
}

afterEach(expectNoPollution);

// ------------------------------------------------------------------------------------------- arbitraries

const URL_INSERTS = [
  '&',
  '=',
  '?',
  '#',
  '%',
  '%2',
  '%zz',
  '%E4%B8',
  '%ED%A0%80', // an encoded lone surrogate: decodeURIComponent throws on it
  '%C0%80', // an overlong NUL
  '%00',
  '%FF',
  '+',
  '.',
  '..',
  '~',
  '~~',
  '*',
  ':',
  'd:',
  'd:0',
  'd:1e309',
  `d:${'9'.repeat(25)}`,
  ',',
  '&x=',
  '&s=',
  '&g=',
  '&hk=',
  '&lang=fr',
  '&theme=',
  '&layout=',
  '&sup=',
  '__proto__',
  'constructor',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '\u0000',
  '\u200B',
  'ｇｏａｌ', // full-width letters
  '%26',
  '%3D',
  '%2E',
  '%3A',
  'a'.repeat(65),
  ...XSS.map(encodeURIComponent),
  ...XSS,
] as const;

const urlTextMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...URL_INSERTS), fc.string({ unit: 'binary', maxLength: 4 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.constantFrom(...URL_INSERTS) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
);

const taiguIds = [...taigu.order];
const idArb = fc.oneof(fc.constantFrom(...taiguIds), fc.constantFrom(...mini.order), fc.constant('fresh-id'));
const opArb: fc.Arbitrary<ViewOp> = fc.oneof(
  idArb.map((id) => ({ op: 'expand', id }) as const),
  idArb.map((id) => ({ op: 'collapse', id }) as const),
  idArb.map((id) => ({ op: 'branch', id }) as const),
  idArb.map((id) => ({ op: 'reveal', id }) as const),
  idArb.map((id) => ({ op: 'supporters', id }) as const),
  fc.integer({ min: 1, max: taigu.maxLevel + 2 }).map((level) => ({ op: 'depth', level }) as const),
  fc.constant({ op: 'all' } as const),
);
const viewArb: fc.Arbitrary<ViewState> = fc.record({
  ops: fc.array(opArb, { maxLength: 10 }),
  selected: fc.option(idArb, { nil: null }),
  hiddenKinds: fc.shuffledSubarray([...NODE_KINDS]),
  hiddenRelations: fc.shuffledSubarray([...RELATIONS]),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  theme: fc.constantFrom('light' as const, 'dark' as const),
  layout: fc.constantFrom(...LAYOUT_NAMES),
  allSupports: fc.boolean(),
});
const linkArb = fc
  .tuple(viewArb, fc.constantFrom(G, 'example-qinghe-2030', 'other'))
  .map(([v, g]) => encodeView(v, g, G) || '?');

const nameArb = fc.constantFrom(
  ...PARAMS,
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'S',
  'x%00',
  '%78', // "x", percent-encoded
  '',
  'utm_source',
);
const valueArb = fc
  .array(
    fc.oneof(
      idArb,
      fc.constantFrom(...URL_INSERTS),
      fc.constantFrom(...NODE_KINDS, ...RELATIONS, 'en', 'zh', 'dark', 'light'),
      fc.integer({ min: -5, max: 1e15 }).map((n) => `d:${n}`),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));
const hostileQueryArb = fc
  .array(fc.tuple(nameArb, fc.option(valueArb, { nil: undefined })), { maxLength: 8 })
  .map((pairs) => '?' + pairs.map(([n, v]) => (v === undefined ? n : `${n}=${v}`)).join('&'));

const anyStringArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.array(fc.constantFrom(...URL_INSERTS), { maxLength: 20 }).map((p) => p.join('')),
  hostileQueryArb,
);

// ------------------------------------------------------------------------------------------------- tests

describe('decodeView never throws and only ever yields a view the store can take', () => {
  it('on arbitrary strings: random unicode, lone surrogates, broken percent escapes', () => {
    fc.assert(
      fc.property(anyStringArb, (s) => {
        decodeAll(s);
      }),
      { numRuns: RUNS.arbitraryStrings },
    );
  });

  it('on real links (any view, any graph) cut, spliced and stuffed with hostile pieces', () => {
    fc.assert(
      fc.property(linkArb, fc.array(urlTextMutationArb, { minLength: 1, maxLength: 4 }), (link, ms) => {
        decodeAll(ms.reduce(applyTextMutation, link));
      }),
      { numRuns: RUNS.mutatedLinks },
    );
  });

  it('on queries built from real and hostile names and values (prototype keys, markup, huge depths)', () => {
    fc.assert(
      fc.property(hostileQueryArb, (q) => {
        decodeAll(q);
      }),
      { numRuns: RUNS.hostilePieces },
    );
  });
});

describe('what survives decoding is stable', () => {
  it('encoding the decoded view and decoding it again gives the same view, the graph id and no notices', () => {
    fc.assert(
      fc.property(fc.oneof(anyStringArb, linkArb), (s) => {
        for (const m of MODELS) {
          const d = decodeView(s, m);
          const q = encodeView(view(d.view), d.graphId ?? G, G, m);
          const again = decodeView(q, m);
          ensure(again.notices.length === 0, () => `${show(q)} gives notices ${show(again.notices)}`);
          ensure(again.graphId === (d.graphId === G ? undefined : d.graphId), 'graph id lost');
          ensure(isDeepStrictEqual(view(again.view), view(d.view)), () => `${show(s)} → ${show(q)} changed`);
        }
      }),
      { numRuns: RUNS.stableAfterDecode },
    );
  });
});
