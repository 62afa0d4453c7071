import { afterEach, describe, expect, it } from 'vitest';
import { MARK_CAP, markRender } from '../src/canvas/render-marks';

const count = (name: string) => performance.getEntriesByName(name, 'mark').length;

describe('render marks on the performance timeline', () => {
  afterEach(() => performance.clearMarks());

  it('marks every render, so the benchmark can wait for the n-th settled layout', () => {
    markRender('taigu:first-render');
    for (let i = 0; i < 5; i++) markRender('taigu:settled');
    expect(count('taigu:first-render')).toBe(1);
    expect(count('taigu:settled')).toBe(5);
  });

  it('stays bounded through a night of attract-loop tour steps (one settled layout every ten seconds)', () => {
    markRender('taigu:first-render');
    const night = (12 * 3600) / 10;
    let most = 0;
    for (let i = 0; i < night; i++) {
      markRender('taigu:settled');
      most = Math.max(most, count('taigu:settled'));
    }
    expect(most).toBe(MARK_CAP);
    expect(count('taigu:settled')).toBeGreaterThan(0);
    // Only the name that overflowed is cleared.
    expect(count('taigu:first-render')).toBe(1);
  });

  it('leaves marks of other names alone', () => {
    performance.mark('bench:expand');
    for (let i = 0; i < MARK_CAP + 3; i++) markRender('taigu:settled');
    expect(count('bench:expand')).toBe(1);
  });
});
