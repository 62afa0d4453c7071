/**
 * The link a QR code carries. A QR stays easy to scan from a screen only up to a few hundred characters, so
 * when a view's full link is longer the QR carries a shorter form of the same view: the same nodes open and the
 * same selection, written as the fewest steps that open them (not the reader's own steps, so the network
 * layout may place nodes differently). If even that is too long, only the selection with the path down to it.
 * Pure: no DOM.
 */
import type { GraphModel } from '../domain/graph-model';
import type { ViewState } from '../view/view-state';
import { expandedAfter, startExpanded, type ViewOp } from '../view/view-ops';

/** Longest link put into a QR (version 10–13 at level M: still comfortable to scan from a screen). */
export const QR_MAX_CHARS = 300;

/** 'full': the view's own link; 'open-and-selected': what is open and selected; 'selected': the selection only. */
export type QrForm = 'full' | 'open-and-selected' | 'selected';

export interface QrLink {
  url: string;
  form: QrForm;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((v) => b.has(v));

const tokenLength = (op: ViewOp) => ('id' in op ? op.id.length + 2 : op.op === 'depth' ? 4 : 1);
const opsLength = (ops: readonly ViewOp[]) => ops.reduce((n, op) => n + tokenLength(op) + 1, 0);

/** From the set `base` (after `head`), the collapses and expands that reach `target`. */
function diffOps(model: GraphModel, head: ViewOp[], base: ReadonlySet<string>, target: ReadonlySet<string>) {
  const ops = [...head];
  // Collapse the topmost open nodes that should be closed (a collapse closes everything under it too).
  for (const id of model.order) {
    if (!base.has(id) || target.has(id)) continue;
    const p = model.parent.get(id);
    if (p === undefined || target.has(p) || !base.has(p)) ops.push({ op: 'collapse', id });
  }
  // Open the deepest nodes that should be open (opening one opens the path down to it).
  for (const id of model.order) {
    if (!target.has(id) || base.has(id)) continue;
    const deeper = (model.children.get(id) ?? []).some((c) => target.has(c) && !base.has(c));
    if (!deeper) ops.push({ op: 'expand', id });
  }
  return ops;
}

/** The shortest steps (as written in a link) that open exactly the nodes the given steps open. */
export function minimalOps(model: GraphModel, ops: readonly ViewOp[]): ViewOp[] {
  const target = expandedAfter(model, ops);
  // The reader's own steps count too: one `b:` can say more than the many expands it stands for.
  const candidates: ViewOp[][] = [[...ops], diffOps(model, [], startExpanded(model), target)];
  const all: ViewOp = { op: 'all' };
  candidates.push(diffOps(model, [all], expandedAfter(model, [all]), target));
  for (let level = 1; level <= model.maxLevel; level++) {
    const depth: ViewOp = { op: 'depth', level };
    candidates.push(diffOps(model, [depth], expandedAfter(model, [depth]), target));
  }
  const exact = candidates.filter((c) => sameSet(expandedAfter(model, c), target));
  exact.sort((a, b) => opsLength(a) - opsLength(b));
  return exact[0] ?? [...ops];
}

/**
 * The link for a QR: `base` (the app's address, no query) plus the view's query as `encode` writes it (with the
 * graph and any presentation), shortened when needed.
 */
export function qrLink(
  base: string,
  view: ViewState,
  model: GraphModel,
  encode: (view: ViewState) => string,
  max = QR_MAX_CHARS,
): QrLink {
  const full = base + encode(view);
  if (full.length <= max) return { url: full, form: 'full' };
  const open = base + encode({ ...view, ops: minimalOps(model, view.ops) });
  if (open.length <= max) return { url: open, form: 'open-and-selected' };
  const selected = view.selected;
  const ops: ViewOp[] = selected ? [{ op: 'reveal', id: selected }] : [];
  const url = base + encode({ ...view, ops, hiddenKinds: [], hiddenRelations: [] });
  return { url, form: 'selected' };
}
