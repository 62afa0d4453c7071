import { describe, expect, it } from 'vitest';
import { frameSummary, longTasksIn, panZoomSequence } from '../lib/metrics';

describe('long tasks in a window', () => {
  const tasks = [
    { startTime: 10, duration: 60 }, // 10–70: during load
    { startTime: 480, duration: 200 }, // 480–680: began before the expand mark at 500, still running
    { startTime: 700, duration: 90 }, // inside the expand window
    { startTime: 1200, duration: 55 }, // after it
  ];

  it('counts, sums and takes the longest of the tasks overlapping the window', () => {
    expect(longTasksIn(tasks, 0, 100)).toEqual({ count: 1, sum: 60, longest: 60 });
    expect(longTasksIn(tasks, 500, 1000)).toEqual({ count: 2, sum: 290, longest: 200 });
  });

  it('is zero for a quiet window and refuses a window that ends before it starts', () => {
    expect(longTasksIn(tasks, 800, 1100)).toEqual({ count: 0, sum: 0, longest: 0 });
    expect(() => longTasksIn(tasks, 10, 5)).toThrow(/ends before/);
  });
});

describe('frames of the pan and zoom sequence', () => {
  it('sums the render times and finds the mean and the worst frame', () => {
    expect(frameSummary([4, 10, 1])).toEqual({ frames: 3, total: 15, mean: 5, worst: 10 });
  });

  it('is shorter with fewer steps per phase (--quick), and refuses a phase of one step', () => {
    const quick = panZoomSequence(6);
    expect(quick.filter((s) => s.kind !== 'down' && s.kind !== 'up')).toHaveLength(18);
    expect(() => panZoomSequence(1)).toThrow(/2\+ steps/);
  });

  it('fails when nothing was drawn rather than reporting a cost of zero', () => {
    expect(() => frameSummary([])).toThrow(/no frame/);
  });

  it('is the same fixed 60 viewport changes every time: zoom in, a closed drag loop, zoom out', () => {
    const steps = panZoomSequence();
    expect(steps).toEqual(panZoomSequence());
    const wheels = steps.filter((s) => s.kind === 'wheel');
    const moves = steps.filter((s) => s.kind === 'move');
    expect(wheels).toHaveLength(40);
    expect(moves).toHaveLength(20);
    expect(steps.filter((s) => s.kind === 'down')).toHaveLength(1);
    // Zooms in as far as it zooms back out, and the drag stays inside a 1000×680 canvas around its centre.
    expect(wheels.reduce((s, w) => s + (w.kind === 'wheel' ? w.deltaY : 0), 0)).toBe(0);
    for (const m of moves)
      if (m.kind === 'move') expect(Math.abs(m.dx) < 500 && Math.abs(m.dy) < 340).toBe(true);
    // Every move goes somewhere new, and the loop ends where the press began.
    let at = { dx: 0, dy: 0 };
    for (const m of moves)
      if (m.kind === 'move') {
        expect(m.dx !== at.dx || m.dy !== at.dy).toBe(true);
        at = m;
      }
    expect(at).toMatchObject({ dx: 0, dy: 0 });
    expect(steps.indexOf(steps.find((s) => s.kind === 'down')!)).toBeLessThan(
      steps.indexOf(steps.find((s) => s.kind === 'up')!),
    );
  });
});
