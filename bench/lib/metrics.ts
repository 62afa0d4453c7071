/**
 * Pure summaries of what the pages report: long tasks in a time window, frames of a pan and zoom sequence.
 * Kept free of the browser so they can be tested in node.
 */

/** A main-thread long task (PerformanceLongTaskTiming): start and duration, ms since navigation start. */
export interface LongTask {
  startTime: number;
  duration: number;
}

export interface LongTaskSummary {
  count: number;
  /** Sum of the durations (each long task counted whole). */
  sum: number;
  longest: number;
}

/**
 * The long tasks that overlap [from, to]. A task that began before `from` counts when it was still running
 * then: the task that calls the store's expand action starts a moment before the mark set in it.
 */
export function longTasksIn(tasks: readonly LongTask[], from: number, to: number): LongTaskSummary {
  if (!(to >= from)) throw new Error(`long-task window ends before it starts: ${from}–${to}`);
  const inside = tasks.filter((t) => t.startTime <= to && t.startTime + t.duration >= from);
  return {
    count: inside.length,
    sum: inside.reduce((s, t) => s + t.duration, 0),
    longest: inside.reduce((m, t) => Math.max(m, t.duration), 0),
  };
}

export interface FrameSummary {
  frames: number;
  /** Time spent inside cytoscape's render function, all frames together. */
  total: number;
  mean: number;
  worst: number;
}

/** Summary of the per-frame render times of a sequence; throws when nothing was drawn. */
export function frameSummary(durations: readonly number[]): FrameSummary {
  if (durations.length === 0) throw new Error('the pan and zoom sequence drew no frame');
  const total = durations.reduce((s, d) => s + d, 0);
  return { frames: durations.length, total, mean: total / durations.length, worst: Math.max(...durations) };
}

/** One step of the scripted pan and zoom sequence, in CSS px relative to the canvas centre. */
export type PanStep =
  | { kind: 'wheel'; deltaY: number }
  | { kind: 'down' }
  | { kind: 'move'; dx: number; dy: number }
  | { kind: 'up' };

/**
 * The fixed sequence both pages get: `perPhase` wheel steps in, a drag of `perPhase` moves around a closed
 * loop, `perPhase` wheel steps out — 60 viewport changes by default (--quick uses fewer). Mouse input (not cy.pan()) so that cytoscape's own gesture
 * handling (its wheel-zoom and drag-pan states, which level-of-detail options key on) is what runs.
 */
export function panZoomSequence(perPhase = 20): PanStep[] {
  if (!Number.isInteger(perPhase) || perPhase < 2)
    throw new Error(`pan phases need 2+ steps, not ${perPhase}`);
  const steps: PanStep[] = [];
  for (let i = 0; i < perPhase; i++) steps.push({ kind: 'wheel', deltaY: -100 });
  steps.push({ kind: 'down' });
  for (let i = 1; i <= perPhase; i++) {
    const a = (i / perPhase) * 2 * Math.PI;
    steps.push({
      kind: 'move',
      dx: Math.round(120 * Math.sin(a)) || 0,
      dy: Math.round(80 * (1 - Math.cos(a))),
    });
  }
  steps.push({ kind: 'up' });
  for (let i = 0; i < perPhase; i++) steps.push({ kind: 'wheel', deltaY: 100 });
  return steps;
}
