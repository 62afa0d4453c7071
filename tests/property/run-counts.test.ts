import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUT_RUNS, READER_RUNS, sum, URL_RUNS, VALIDATOR_RUNS } from './run-counts';

const OWN: [string, Record<string, number>][] = [
  ['tests/property/graph-validator.property.test.ts', VALIDATOR_RUNS],
  ['tests/property/graph-reader.property.test.ts', READER_RUNS],
  ['tests/property/url-parser.property.test.ts', URL_RUNS],
  ['tests/property/hierarchy-layouts.property.test.ts', LAYOUT_RUNS],
];

/** The fast-check cases tests/url-state.test.ts runs, read from the literal numRuns it passes to fc.assert. */
function urlStateRuns(): number {
  const text = readFileSync('tests/url-state.test.ts', 'utf8');
  return [...text.matchAll(/numRuns:\s*(\d[\d_]*)/g)].reduce(
    (n, m) => n + Number(m[1]!.replace(/_/g, '')),
    0,
  );
}

describe('property run counts', () => {
  it.each(OWN)(
    '%s passes every exported count to fc.assert, each exactly once, and no other',
    (file, runs) => {
      const text = readFileSync(file, 'utf8');
      const asserts = text.match(/\bfc\.assert\(/g)?.length ?? 0;
      const used = [...text.matchAll(/numRuns:\s*RUNS\.(\w+)\s*[,}]/g)].map((m) => m[1]);
      expect(asserts).toBeGreaterThan(0);
      expect(used).toHaveLength(asserts);
      expect([...used].sort()).toEqual(Object.keys(runs).sort());
      expect(text).not.toMatch(/numRuns:\s*\d/);
    },
  );

  it('add up, with the URL state tests, to at least 10,000 random and mutated inputs', () => {
    const own = OWN.reduce((n, [, runs]) => n + sum(runs), 0);
    expect(own + urlStateRuns()).toBeGreaterThanOrEqual(10_000);
    // the three property files reach the number on their own, too
    expect(own).toBeGreaterThanOrEqual(10_000);
  });
});
