import type { GraphModel } from '../domain/graph-model';
import { expandedAfter, type ViewOp } from './view-ops';
import type { Tour } from '../domain/tour-schema';

export interface StepView {
  /** The view log for this step: from the start view, every node revealed up to and including this step. */
  ops: ViewOp[];
  /** The step's focus, selected so the details panel shows its quote. */
  selected: string;
  /** What the camera shows: the step's own nodes. */
  show: string[];
}

/** Clamps a step number into the tour (0 … last). */
export const clampStep = (tour: Tour, step: number): number =>
  Math.max(0, Math.min(tour.steps.length - 1, Number.isFinite(step) ? Math.trunc(step) : 0));

/**
 * The view of one step, as a pure function of the tour and the step number: the same step always gives the same
 * log, so the same picture (the layout is a function of the log), however the presenter got there. Reveals
 * accumulate over the steps so that nodes shown earlier stay where they were while the tour moves on; a reveal
 * that would open nothing new is left out to keep the log (and the link) short.
 */
export function stepView(model: GraphModel, tour: Tour, step: number): StepView {
  const at = clampStep(tour, step);
  const ops: ViewOp[] = [];
  let expanded = expandedAfter(model, ops);
  for (let i = 0; i <= at; i++)
    for (const id of tour.steps[i]!.reveal) {
      if (!model.nodes.has(id)) continue;
      const next = expandedAfter(model, [...ops, { op: 'reveal', id }]);
      if (next.size === expanded.size) continue; // reveal only ever adds, so equal size means nothing new
      ops.push({ op: 'reveal', id });
      expanded = next;
    }
  const current = tour.steps[at]!;
  const show = [...new Set([...current.reveal, current.focus])].filter((id) => model.nodes.has(id));
  return { ops, selected: current.focus, show };
}

/** The nodes a step frames: what it reveals and its focus (the camera fits them; the canvas keeps them lit). */
export function stepFrame(
  tours: readonly Tour[],
  play: { id: string; step: number } | null,
): string[] | undefined {
  const step = play ? tours.find((t) => t.id === play.id)?.steps[play.step] : undefined;
  return step ? [...new Set([...step.reveal, step.focus])] : undefined;
}
