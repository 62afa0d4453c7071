import { describe, expect, it } from 'vitest';
import { driftFromFirst, formatSoakTable, withinAllowed, type Checkpoint } from '../lib/soak-report';

const cp = (steps: number, heapUsed: number, domNodes: number, listeners = 100): Checkpoint => ({
  steps,
  heapUsed,
  domNodes,
  documentNodes: domNodes - 10,
  jsEventListeners: listeners,
  pageTimeMs: steps * 30_000,
});

describe('soak drift', () => {
  it('measures the largest change from the first checkpoint, either way', () => {
    const d = driftFromFirst([cp(50, 100, 1000), cp(100, 105, 990), cp(150, 92, 1000)]);
    expect(d.heap).toBeCloseTo(-0.08);
    expect(d.domNodes).toBeCloseTo(-0.01);
    expect(withinAllowed(d)).toBe(true);
  });

  it('flags growth past 10 % (a leak)', () => {
    const d = driftFromFirst([cp(50, 100, 1000), cp(100, 110, 1000), cp(150, 125, 1000)]);
    expect(d.heap).toBeCloseTo(0.25);
    expect(withinAllowed(d)).toBe(false);
    expect(withinAllowed(driftFromFirst([cp(1, 1, 1000, 10), cp(2, 1, 1000, 12)]))).toBe(false);
  });

  it('prints every checkpoint and the verdict', () => {
    const table = formatSoakTable([cp(50, 2 ** 20, 1000), cp(100, 2 ** 21, 1000)]);
    expect(table).toContain('1.00 MiB');
    expect(table).toContain('2.00 MiB');
    expect(table).toContain('JS heap +100.0 %');
    expect(table).toContain('EXCEEDED');
  });
});
