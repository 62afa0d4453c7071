import { describe, expect, it } from 'vitest';
import { driftFromFirst, formatSoakTable, withinAllowed, type Checkpoint } from '../lib/soak-report';

const cp = (steps: number, heapUsed: number, domNodes: number, listeners = 100): Checkpoint => ({
  codeBytes: heapUsed / 2,
  embedderHeapUsed: 2 * heapUsed,
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

  it('splits the JS heap into compiled code and the rest, and shows Blink heap without judging it', () => {
    const first = { ...cp(0, 10 * 2 ** 20, 1000), codeBytes: 6 * 2 ** 20, embedderHeapUsed: 10 * 2 ** 20 };
    const later = { ...cp(500, 11 * 2 ** 20, 1000), codeBytes: 7 * 2 ** 20, embedderHeapUsed: 14 * 2 ** 20 };
    const d = driftFromFirst([first, later]);
    expect(d.heap).toBeCloseTo(0.1);
    expect(d.code).toBeCloseTo(1 / 6);
    expect(d.heapWithoutCode).toBeCloseTo(0);
    expect(d.embedderHeap).toBeCloseTo(0.4);
    expect(withinAllowed(d)).toBe(true);
    const table = formatSoakTable([first, later]);
    expect(table).toContain('7.00 MiB');
    expect(table).toContain('4.00 MiB');
    expect(table).toContain('compiled code +16.7 %, the rest +0.0 %');
  });
});
