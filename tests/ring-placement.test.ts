import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isotonic, placeOnRing } from '../src/canvas/layout/ring-placement';

const cost = (x: ArrayLike<number>, y: ArrayLike<number>) =>
  Array.from(x).reduce((s, v, i) => s + (v - y[i]!) ** 2, 0);

describe('placing one ring', () => {
  it('isotonic regression: non-decreasing, and no non-decreasing sequence is nearer', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 12 }), (y) => {
        const x = isotonic(y);
        for (let i = 1; i < x.length; i++) expect(x[i]!).toBeGreaterThanOrEqual(x[i - 1]! - 1e-12);
        // Any small nudge that keeps it sorted costs more.
        for (let i = 0; i < x.length; i++)
          for (const d of [-0.01, 0.01]) {
            const z = Float64Array.from(x);
            z[i]! += d;
            if (Array.from(z).every((v, k) => !k || v >= z[k - 1]!))
              expect(cost(z, y)).toBeGreaterThanOrEqual(cost(x, y) - 1e-9);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every gap, the wrap-round one too, and leaves nodes at their targets when there is room', () => {
    const gap = [0.2, 0.2, 0.2, 0.2];
    expect(Array.from(placeOnRing([0, 1, 2, 3], gap))).toEqual([0, 1, 2, 3]);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 6, noNaN: true }),
            fc.double({ min: 0.01, max: 0.5, noNaN: true }),
          ),
          {
            minLength: 2,
            maxLength: 14,
          },
        ),
        (pairs) => {
          const target = pairs.map(([t]) => t).sort((a, b) => a - b);
          const gaps = pairs.map(([, g]) => g);
          if (gaps.reduce((s, g) => s + g, 0) > 2 * Math.PI) return;
          const at = placeOnRing(target, gaps);
          for (let i = 0; i + 1 < at.length; i++)
            expect(at[i + 1]! - at[i]!).toBeGreaterThanOrEqual(gaps[i]! - 1e-9);
          expect(at[0]! + 2 * Math.PI - at[at.length - 1]!).toBeGreaterThanOrEqual(
            gaps[at.length - 1]! - 1e-9,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('spreads a crowd evenly either side of where it wants to be', () => {
    const at = placeOnRing([1, 1, 1], [0.1, 0.1, 0.1]);
    expect(at[0]).toBeCloseTo(0.9);
    expect(at[1]).toBeCloseTo(1);
    expect(at[2]).toBeCloseTo(1.1);
  });
});
