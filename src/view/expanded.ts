import type { GraphModel } from '../domain/graph-model';
import { expandedAfter, shownNodes, type ViewOp } from './view-ops';

/**
 * The expanded set of a view log, derived once per (graph, log): the store's actions, the panels and the canvas
 * scene all ask here, so a change of the log is folded once however many readers it has.
 */
let last: { model: GraphModel; ops: readonly ViewOp[]; expanded: ReadonlySet<string> } | undefined;

export function expandedOf(model: GraphModel, ops: readonly ViewOp[]): ReadonlySet<string> {
  if (last?.model === model && last.ops === ops) return last.expanded;
  const expanded = expandedAfter(model, ops);
  last = { model, ops, expanded };
  return expanded;
}

/** Whether appending `op` to the log would change what is shown (the log, and the link, stay short). */
export function opChangesView(model: GraphModel, ops: readonly ViewOp[], op: ViewOp): boolean {
  const before = expandedOf(model, ops);
  const after = expandedAfter(model, [...ops, op]);
  return before.size !== after.size || [...after].some((id) => !before.has(id));
}

/** The shown nodes after a log, in depth-first file order. */
export const shownAfter = (model: GraphModel, ops: readonly ViewOp[]): string[] =>
  shownNodes(model, expandedOf(model, ops));
