import fc from 'fast-check';
import { LAYOUT_NAMES } from '../src/domain/vocabulary';
import { describe, expect, it } from 'vitest';
import type { GraphModel } from '../src/domain/graph-model';
import { NODE_KINDS, RELATIONS } from '../src/domain/vocabulary';
import { DEFAULT_LAYOUT, initialView, type ViewState } from '../src/view/view-state';
import {
  decodeView,
  encodeView,
  MAX_OPS,
  MAX_SEARCH_LENGTH,
  normaliseOps,
  normaliseView,
  type UrlNotice,
} from '../src/link-format/url-state';
import { expandedAfter, type ViewOp } from '../src/view/view-ops';
import { taiguModel } from './helpers/load';

const model = taiguModel();
const G = 'taigu-2021';
const view = (v: Partial<ViewState>): ViewState => ({ ...initialView(), ...v });
const encode = (v: Partial<ViewState>) => encodeView(view(v), G, G, model);
const full = (search: string) => view(decodeView(search, model).view);
const kinds = (notices: UrlNotice[]) => notices.map((n) => n.kind);
const sameExpanded = (a: readonly ViewOp[], b: readonly ViewOp[]) =>
  [...expandedAfter(model, a)].sort().join() === [...expandedAfter(model, b)].sort().join();

/** Every field a decoded partial view holds must be one the store can take as it is. */
function expectValidPartial(v: Partial<ViewState>, m?: GraphModel) {
  const validId = (id: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && (m ? m.nodes.has(id) : true);
  for (const key of Object.keys(v))
    expect(['ops', 'selected', 'hiddenKinds', 'hiddenRelations', 'lang', 'theme']).toContain(key);
  if (v.ops !== undefined) {
    expect(Array.isArray(v.ops)).toBe(true);
    expect(v.ops.length).toBeLessThanOrEqual(MAX_OPS);
    for (const op of v.ops) {
      expect(['expand', 'collapse', 'branch', 'reveal', 'supporters', 'depth', 'all']).toContain(op.op);
      if ('id' in op) expect(validId(op.id)).toBe(true);
      if (op.op === 'depth') {
        expect(Number.isInteger(op.level)).toBe(true);
        expect(op.level).toBeGreaterThanOrEqual(1);
        expect(op.level).toBeLessThanOrEqual(m ? m.maxLevel : 100);
      }
    }
  }
  if (v.selected !== undefined && v.selected !== null) expect(validId(v.selected)).toBe(true);
  for (const k of v.hiddenKinds ?? []) expect(NODE_KINDS).toContain(k);
  for (const r of v.hiddenRelations ?? []) expect(RELATIONS).toContain(r);
  if (v.lang !== undefined) expect(['zh', 'en']).toContain(v.lang);
  if (v.theme !== undefined) expect(['light', 'dark']).toContain(v.theme);
}

// ------------------------------------------------------------------------------------------- arbitraries

const ids = [...model.order];
const idArb = fc.constantFrom(...ids);
const opArb: fc.Arbitrary<ViewOp> = fc.oneof(
  idArb.map((id) => ({ op: 'expand', id }) as const),
  idArb.map((id) => ({ op: 'collapse', id }) as const),
  idArb.map((id) => ({ op: 'branch', id }) as const),
  idArb.map((id) => ({ op: 'reveal', id }) as const),
  idArb.map((id) => ({ op: 'supporters', id }) as const),
  fc.integer({ min: 1, max: model.maxLevel }).map((level) => ({ op: 'depth', level }) as const),
  fc.constant({ op: 'all' } as const),
);
/** Logs with plenty of expand/collapse pairs, nested ones too, so normalisation has work to do. */
const opsArb: fc.Arbitrary<ViewOp[]> = fc
  .array(
    fc.oneof(
      opArb.map((op) => [op]),
      idArb.map((id): ViewOp[] => [
        { op: 'expand', id },
        { op: 'collapse', id },
      ]),
      fc.tuple(idArb, idArb).map(([a, b]): ViewOp[] => [
        { op: 'expand', id: a },
        { op: 'expand', id: b },
        { op: 'collapse', id: b },
        { op: 'collapse', id: a },
      ]),
    ),
    { maxLength: 12 },
  )
  .map((chunks) => chunks.flat());
const viewArb: fc.Arbitrary<ViewState> = fc.record({
  ops: opsArb,
  selected: fc.option(idArb, { nil: null }),
  hiddenKinds: fc.shuffledSubarray([...NODE_KINDS]),
  hiddenRelations: fc.shuffledSubarray([...RELATIONS]),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  theme: fc.constantFrom('light' as const, 'dark' as const),
  layout: fc.constantFrom(...LAYOUT_NAMES),
  allSupports: fc.boolean(),
});

// ------------------------------------------------------------------------------------------------- tests

describe('encodeView', () => {
  it('gives an empty query for the default view of the default graph', () => {
    expect(encodeView(initialView(), G, G, model)).toBe('');
    expect(encodeView(initialView(), G, G)).toBe('');
  });

  it('writes a compact, readable query with every op kind, the log last', () => {
    const q = encode({
      ops: [
        { op: 'expand', id: 'goal-agri-hi-tech-zone' },
        { op: 'collapse', id: 'goal-agri-hi-tech-zone' },
        { op: 'all' },
        { op: 'depth', level: 3 },
        { op: 'branch', id: 'strategy-12345' },
        { op: 'reveal', id: 'industry-tourism-farm-study' },
        { op: 'supporters', id: 'goal-quality-life' },
      ],
      selected: 'goal-quality-life',
      hiddenKinds: ['concept', 'target'],
      hiddenRelations: ['supports'],
      lang: 'en',
      theme: 'dark',
    });
    // the expand/collapse pair changes nothing here (the goal was shown and closed), so it is dropped
    expect(q).toBe(
      '?s=goal-quality-life&hk=target,concept&hr=supports&lang=en&theme=dark' +
        '&x=*.d:3.b:strategy-12345.r:industry-tourism-farm-study.s:goal-quality-life',
    );
  });

  it('keeps the layout when it is not the default, and refuses one it does not know', () => {
    for (const layout of LAYOUT_NAMES) {
      const q = encodeView(view({ layout }), G, G, model);
      expect(q).toBe(layout === DEFAULT_LAYOUT ? '' : `?layout=${layout}`);
      expect(decodeView(`?layout=${layout}`, model).view.layout).toBe(layout);
    }
    const bad = decodeView('?layout=spiral', model);
    expect(bad.view.layout).toBeUndefined();
    expect(bad.notices).toEqual([{ kind: 'bad-value', param: 'layout', count: 1, values: ['spiral'] }]);
  });

  it('writes sup=all only when every supports edge is drawn strong, and reads it back', () => {
    expect(encodeView(view({ allSupports: false }), G, G, model)).toBe('');
    expect(encodeView(view({ allSupports: true }), G, G, model)).toBe('?sup=all');
    expect(encodeView(view({ allSupports: true, layout: 'tree' }), G, G, model)).toBe('?layout=tree&sup=all');
    expect(decodeView('?sup=all', model).view.allSupports).toBe(true);
    expect(decodeView('?sup=focus', model).view.allSupports).toBe(false);
    expect(decodeView('?lang=en', model).view.allSupports).toBeUndefined();
    const bad = decodeView('?sup=some', model);
    expect(bad.view.allSupports).toBeUndefined();
    expect(bad.notices).toEqual([{ kind: 'bad-value', param: 'sup', count: 1, values: ['some'] }]);
  });

  it('names the graph only when it is not the default one', () => {
    expect(encodeView(view({ lang: 'en' }), 'other-graph', G)).toBe('?g=other-graph&lang=en');
    expect(decodeView('?g=other-graph&lang=en').graphId).toBe('other-graph');
    expect(decodeView('?lang=en').graphId).toBeUndefined();
  });
});

describe('normalisation of the log', () => {
  const a = 'goal-agri-hi-tech-zone';
  const b = 'concept-gucheng-yuan'; // a child of a, with children of its own
  it('drops an expand immediately followed by the collapse of the same id, repeatedly', () => {
    expect(
      encode({
        ops: [
          { op: 'expand', id: a },
          { op: 'collapse', id: a },
        ],
      }),
    ).toBe('');
    const nested: ViewOp[] = [
      { op: 'expand', id: a },
      { op: 'expand', id: b },
      { op: 'collapse', id: b },
      { op: 'collapse', id: a },
      { op: 'expand', id: 'goal-quality-life' },
    ];
    expect(normaliseOps(nested, model)).toEqual([{ op: 'expand', id: 'goal-quality-life' }]);
    expect(normaliseOps(nested)).toEqual([{ op: 'expand', id: 'goal-quality-life' }]);
  });

  it('keeps pairs that are not adjacent', () => {
    const ops: ViewOp[] = [
      { op: 'expand', id: a },
      { op: 'expand', id: 'goal-quality-life' },
      { op: 'collapse', id: a },
    ];
    expect(normaliseOps(ops, model)).toEqual(ops);
  });

  it('with the model, keeps a pair that does change the view', () => {
    // part-1-goals is open in the start view: expanding it does nothing, collapsing it closes it
    const closeOpen: ViewOp[] = [
      { op: 'expand', id: 'part-1-goals' },
      { op: 'collapse', id: 'part-1-goals' },
    ];
    expect(normaliseOps(closeOpen, model)).toEqual(closeOpen);
    // expanding a hidden node opens the path down to it, which its collapse leaves open
    const deep: ViewOp[] = [
      { op: 'expand', id: 'industry-new-tourism-formats' },
      { op: 'collapse', id: 'industry-new-tourism-formats' },
    ];
    expect(normaliseOps(deep, model)).toEqual(deep);
    expect(decodeView(encode({ ops: deep }), model).view.ops).toEqual(deep);
  });

  it('never changes what is shown (random logs)', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        expect(sameExpanded(normaliseOps(ops, model), ops)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('round trips on the Taigu model', () => {
  it('decode(encode(view)) is the normalised view, and encoding it again gives the same link', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const q = encodeView(v, G, G, model);
        const decoded = decodeView(q, model);
        expect(decoded.notices).toEqual([]);
        expect(decoded.graphId).toBeUndefined();
        const back = view(decoded.view);
        expect(back).toEqual(normaliseView(v, model));
        expect(encodeView(back, G, G, model)).toBe(q);
        expect(sameExpanded(back.ops, v.ops)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('round trips every op kind, one at a time', () => {
    const each: ViewOp[] = [
      { op: 'expand', id: 'goal-metropolitan-area' },
      { op: 'collapse', id: 'part-2-strategy' },
      { op: 'branch', id: 'plan-10-100-1000' },
      { op: 'reveal', id: 'industry-tourism-farm-study' },
      { op: 'supporters', id: 'goal-agri-hi-tech-zone' },
      { op: 'depth', level: 1 },
      { op: 'depth', level: model.maxLevel },
      { op: 'all' },
    ];
    for (const op of each) expect(full(encode({ ops: [op] })).ops).toEqual([op]);
  });

  it('keeps the other graph’s id and the language through a round trip without a model', () => {
    const q = encodeView(view({ lang: 'en', ops: [{ op: 'expand', id: 'some-node' }] }), 'other', G);
    const d = decodeView(q);
    expect(d.graphId).toBe('other');
    expect(d.view).toEqual({ lang: 'en', ops: [{ op: 'expand', id: 'some-node' }] });
  });
});

describe('decodeView with unknown ids', () => {
  it('drops unknown ids from the log and the selection and reports them as data', () => {
    const d = decodeView(
      '?s=no-such-node&x=goal-agri-hi-tech-zone.missing-one.r:missing-two.~missing-one',
      model,
    );
    expect(d.view.ops).toEqual([{ op: 'expand', id: 'goal-agri-hi-tech-zone' }]);
    expect(d.view.selected).toBeUndefined();
    expect(d.notices).toEqual([
      { kind: 'unknown-ids', count: 3, ids: ['no-such-node', 'missing-one', 'missing-two'] },
    ]);
  });

  it('keeps well-formed ids when there is no model yet, so the graph id can be read first', () => {
    const d = decodeView('?g=another-graph&s=no-such-node&x=missing-one.d:7');
    expect(d.graphId).toBe('another-graph');
    expect(d.view).toEqual({
      selected: 'no-such-node',
      ops: [
        { op: 'expand', id: 'missing-one' },
        { op: 'depth', level: 7 },
      ],
    });
    expect(d.notices).toEqual([]);
  });

  it('caps the ids listed in a notice but counts them all', () => {
    const x = Array.from({ length: 50 }, (_, i) => `gone-${i}`).join('.');
    const [notice] = decodeView(`?x=${x}`, model).notices;
    expect(notice).toMatchObject({ kind: 'unknown-ids', count: 50 });
    expect(notice?.kind === 'unknown-ids' && notice.ids.length).toBe(20);
  });
});

describe('decodeView with hostile input', () => {
  const hostile: [string, (d: ReturnType<typeof decodeView>) => void][] = [
    [
      '?x=%%%',
      (d) => {
        expect(d.view.ops).toEqual([]);
        expect(d.notices).toEqual([{ kind: 'bad-value', param: 'x', count: 1, values: ['%%%'] }]);
      },
    ],
    [
      '?s=<script>alert(1)</script>',
      (d) => {
        expect(d.view.selected).toBeUndefined();
        expect(kinds(d.notices)).toEqual(['bad-value']);
      },
    ],
    [
      '?s=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=en',
      (d) => {
        expect(d.view).toEqual({ lang: 'en' });
        expect(d.notices).toMatchObject([{ kind: 'bad-value', param: 's' }]);
      },
    ],
    [
      '?x=' + 'a.'.repeat(100000),
      (d) => {
        expect(d.view.ops).toEqual([]);
        expect(d.notices).toContainEqual({ kind: 'unknown-ids', count: 1, ids: ['a'] });
        expect(d.notices).toContainEqual({ kind: 'too-long', what: 'link', limit: MAX_SEARCH_LENGTH });
      },
    ],
    [
      '?hk=__proto__,constructor,target&__proto__=1&constructor=2&x=__proto__',
      (d) => {
        expect(d.view.hiddenKinds).toEqual(['target']);
        expect(d.notices).toContainEqual({
          kind: 'bad-value',
          param: 'hk',
          count: 2,
          values: ['__proto__', 'constructor'],
        });
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      },
    ],
    [
      '?x=d999999999',
      (d) => {
        // `d999999999` is a well-formed id (the depth op is `d:N`), just not one this graph has
        expect(d.view.ops).toEqual([]);
        expect(kinds(d.notices)).toEqual(['unknown-ids']);
      },
    ],
    [
      '?x=d:999999999.d:0.d:99999999999999999999.d:-1.d:1e3.d:',
      (d) => {
        expect(d.view.ops).toEqual([
          { op: 'depth', level: model.maxLevel },
          { op: 'depth', level: 1 },
          { op: 'depth', level: model.maxLevel },
        ]);
        expect(d.notices).toContainEqual({ kind: 'clamped', param: 'x', count: 3 });
        expect(d.notices).toContainEqual({
          kind: 'bad-value',
          param: 'x',
          count: 3,
          values: ['d:-1', 'd:1e3', 'd:'],
        });
      },
    ],
    [
      '?lang=fr&theme=neon',
      (d) => {
        expect(d.view).toEqual({});
        expect(d.notices).toEqual([
          { kind: 'bad-value', param: 'lang', count: 1, values: ['fr'] },
          { kind: 'bad-value', param: 'theme', count: 1, values: ['neon'] },
        ]);
      },
    ],
    [
      '?s=goal-quality-life&s=part-1-goals&lang=en&lang=zh&lang=en',
      (d) => {
        expect(d.view).toEqual({ selected: 'goal-quality-life', lang: 'en' });
        expect(d.notices).toEqual([{ kind: 'duplicate-param', params: ['s', 'lang'] }]);
      },
    ],
    [
      '?s=目标&x=目标.🙂.goal-quality-life&hr=支撑,part-of',
      (d) => {
        expect(d.view).toEqual({
          ops: [{ op: 'expand', id: 'goal-quality-life' }],
          hiddenRelations: ['part-of'],
        });
        expect(kinds(d.notices)).toEqual(['bad-value', 'bad-value', 'bad-value']);
      },
    ],
    [
      '?g=../../etc/passwd&x=q:goal-quality-life.B:goal-quality-life.~~a.*.',
      (d) => {
        expect(d.graphId).toBeUndefined();
        expect(d.view.ops).toEqual([{ op: 'all' }]);
        expect(d.notices).toMatchObject([
          { kind: 'bad-value', param: 'g' },
          { kind: 'bad-value', param: 'x', count: 3 },
        ]);
      },
    ],
    [
      '?x=goal-quality-life%2Eb%3Astrategy-12345&hk=target%2Cconcept+',
      (d) => {
        // a messenger that percent-encodes the separators does not break the link
        expect(d.view.ops).toEqual([
          { op: 'expand', id: 'goal-quality-life' },
          { op: 'branch', id: 'strategy-12345' },
        ]);
        expect(d.view.hiddenKinds).toEqual(['target', 'concept']);
        expect(d.notices).toEqual([]);
      },
    ],
    ['', (d) => expect(d).toEqual({ view: {}, notices: [] })],
    ['?', (d) => expect(d).toEqual({ view: {}, notices: [] })],
    ['?utm_source=wechat&from=singlemessage', (d) => expect(d).toEqual({ view: {}, notices: [] })],
    ['?&&=&x&s&==&lang', (d) => expect(d.view).toEqual({ ops: [], selected: null })],
  ];

  for (const [search, check] of hostile)
    it(`survives ${JSON.stringify(search.slice(0, 60))}`, () => {
      for (const m of [model, undefined]) {
        const d = decodeView(search, m);
        expectValidPartial(d.view, m);
        if (m) check(d);
      }
    });

  it('caps the log at MAX_OPS ops and says so', () => {
    const x = Array.from({ length: MAX_OPS + 50 }, () => '*').join('.');
    const d = decodeView(`?x=${x}`, model);
    expect(d.view.ops).toHaveLength(MAX_OPS);
    expect(d.notices).toEqual([{ kind: 'too-long', what: 'ops', limit: MAX_OPS }]);
  });

  it('cuts an over-long link to whole ops and keeps the parameters before the log', () => {
    const ops: ViewOp[] = Array.from({ length: 800 }, (_, i) => ({
      op: i % 2 ? 'collapse' : 'branch',
      id: 'guarantee-anti-corruption',
    }));
    const q = encode({ ops, selected: 'goal-quality-life', lang: 'en' });
    expect(q.length).toBeGreaterThan(MAX_SEARCH_LENGTH);
    const d = decodeView(q, model);
    expect(d.view.selected).toBe('goal-quality-life');
    expect(d.view.lang).toBe('en');
    expect(d.view.ops!.length).toBeGreaterThan(100);
    expect(d.view.ops).toEqual(ops.slice(0, d.view.ops!.length));
    expect(d.notices).toEqual([{ kind: 'too-long', what: 'link', limit: MAX_SEARCH_LENGTH }]);
  });

  it('never throws on random strings and always returns a valid partial view', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 100 }),
          fc.string({ unit: 'binary-ascii', maxLength: 300 }).map((s) => `?${s}`),
        ),
        (s) => {
          for (const m of [model, undefined]) {
            const d = decodeView(s, m);
            expectValidPartial(d.view, m);
            expect(Array.isArray(d.notices)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on query-shaped garbage built from real and broken pieces', () => {
    const name = fc.constantFrom('g', 's', 'x', 'hk', 'hr', 'lang', 'theme', '__proto__', 'X', '', 'x ');
    const piece = fc.oneof(
      idArb,
      fc.constantFrom('~', '*', 'b:', 'r:', 's:', 'd:', '%', '%E4%B8', '%zz', '+', ',', '.', ':', '=', '?'),
      fc.constantFrom('en', 'zh', 'dark', 'light', 'target', 'supports', 'part-of', '__proto__'),
      fc.integer({ min: -5, max: 1e12 }).map(String),
      fc.string({ unit: 'grapheme-ascii', maxLength: 8 }),
    );
    const value = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    const query = fc
      .array(fc.tuple(name, value), { maxLength: 10 })
      .map((pairs) => '?' + pairs.map(([n, v]) => `${n}=${v}`).join('&'));
    fc.assert(
      fc.property(query, (q) => {
        for (const m of [model, undefined]) {
          const d = decodeView(q, m);
          expectValidPartial(d.view, m);
          // whatever survives decoding is a view the encoder can write and read back unchanged
          if (m) expect(full(encodeView(view(d.view), G, G, m))).toEqual(view(d.view));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
