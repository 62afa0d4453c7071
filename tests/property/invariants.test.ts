/** The property tests are only as good as their checks: each check must reject what it exists to reject. */
import { describe, expect, it } from 'vitest';
import { jsonPath, type Problem } from '../../src/domain/problems';
import { validateGraph } from '../../src/domain/validate-graph';
import { decodeView } from '../../src/link-format/url-state';
import { miniModel } from '../helpers/load';
import {
  expectGraphResult,
  expectNoPollution,
  expectPathInside,
  expectWellFormedProblem,
  InvariantError,
  jsonDepth,
  parsePath,
} from './invariants';
import { expectValidDecoded } from './url-invariants';

const problem = (p: Partial<Problem>): Problem => ({
  file: 'g.json',
  path: '',
  code: 'json-syntax',
  params: { line: 1, column: 1, detail: 'x' },
  ...p,
});

describe('the graph result invariant', () => {
  it('rejects a refusal without problems, an unknown code and params that are not text or numbers', () => {
    expect(() => expectGraphResult({ ok: false, problems: [] })).toThrow(InvariantError);
    expect(() => expectWellFormedProblem(problem({ code: 'oops' as Problem['code'] }))).toThrow(
      /unknown code/,
    );
    expect(() => expectWellFormedProblem(problem({ params: { line: {} as unknown as number } }))).toThrow(
      /param not string\/number/,
    );
  });

  it('rejects a message that prints a missing parameter', () => {
    // duplicate-id without its params would read 'The id "undefined" is used twice: here and at undefined.'
    expect(() =>
      expectWellFormedProblem(problem({ code: 'duplicate-id', path: 'nodes[1].id', params: {} })),
    ).toThrow(/prints undefined/);
    // …but a value that really is "undefined" may be quoted
    expect(() =>
      expectWellFormedProblem(
        problem({
          code: 'duplicate-id',
          path: 'nodes[1].id',
          params: { id: 'undefined', first: 'nodes[0]' },
        }),
      ),
    ).not.toThrow();
  });

  it('rejects paths that do not lead into the input, and file-level problems with a path', () => {
    const input = { nodes: [{ id: 'a' }] };
    expect(() => expectPathInside(input, 'nodes[0].label')).not.toThrow(); // a missing field of an existing object
    expect(() => expectPathInside(input, 'nodes[3].id')).toThrow(/does not lead into the input/);
    expect(() => expectPathInside(input, 'edges[0]')).toThrow(/does not lead into the input/);
    expect(() => expectWellFormedProblem(problem({ path: 'nodes' }))).toThrow(
      /file-level problem with a path/,
    );
  });

  it('rejects an accepted graph that does not validate again', () => {
    const fake = { ok: true as const, graph: {} as never };
    expect(() => expectGraphResult(fake, { revalidate: (g) => validateGraph(g, { file: 'g' }) })).toThrow(
      /rejected when validated again/,
    );
  });

  it('reads back every path jsonPath writes', () => {
    const segments = ['nodes', 3, 'label', 'zh', '__proto__', 'a b', '中', '"quoted"', '', 0];
    expect(parsePath(jsonPath(segments))).toEqual(segments);
    expect(parsePath('')).toEqual([]);
    expect(() => parsePath('nodes..x')).toThrow();
  });

  it('measures depth without recursion, and notices a polluted prototype', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonDepth(deep)).toBe(100_000);
    expect(jsonDepth({ a: [{}] })).toBe(3);
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 'yes';
    try {
      expect(() => expectNoPollution()).toThrow(/polluted/);
    } finally {
      delete proto.polluted;
    }
    expect(() => expectNoPollution()).not.toThrow();
  });
});

describe('the decoded view invariant', () => {
  const model = miniModel();
  it('accepts what decodeView returns and rejects what the store could not take', () => {
    expect(() => expectValidDecoded(decodeView('?s=plan&x=green.d:2', model), model)).not.toThrow();
    const bad = [
      { view: { ops: [{ op: 'expand', id: 'ghost' }] }, notices: [] },
      { view: { ops: [{ op: 'depth', level: 0 }] }, notices: [] },
      { view: { selected: '<script>' }, notices: [] },
      { view: { hiddenKinds: ['goal', 'vision'] }, notices: [] },
      { view: { lang: 'fr' }, notices: [] },
      { view: {}, notices: [{ kind: 'bad-value', param: 'x', count: 1, values: [] }] },
      { view: {}, notices: [{ kind: 'unknown-ids', count: 1, ids: ['plan'] }] },
      { view: {}, notices: [{ kind: 'graph-unavailable', id: 'x' }] },
      { view: { polluted: true }, notices: [] },
    ];
    for (const d of bad)
      expect(() => expectValidDecoded(d as never, model), JSON.stringify(d)).toThrow(InvariantError);
  });
});
