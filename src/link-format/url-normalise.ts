import type { GraphModel } from '../domain/graph-model';
import type { ViewState } from '../view/view-state';
import { NODE_KINDS, RELATIONS } from '../domain/vocabulary';
import { isId } from './url-grammar';
import { applyOp, startExpanded, type ViewOp } from '../view/view-ops';

// ---------------------------------------------------------------------------------------------- normalising

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((v) => b.has(v));

/**
 * Drops every expand that is immediately followed by the collapse of the same id, repeatedly
 * (`a.b.~b.~a` → nothing), since such a pair changes nothing.
 *
 * With the model the rule is exact: a pair is dropped only when the expanded set after it equals the set
 * before it. That matters, because a pair is not always a no-op: collapsing a node that was already open
 * (the start view opens the plan's parts) or expanding a hidden node (which opens the path down to it) both
 * leave a trace. Without the model the rule is purely syntactic, which is right for logs the store builds
 * by taps on shown nodes but can lose such a trace; pass the model whenever there is one.
 */
export function normaliseOps(ops: readonly ViewOp[], model?: GraphModel): ViewOp[] {
  const kept: { op: ViewOp; before?: Set<string> }[] = [];
  let state = model ? startExpanded(model) : undefined;
  for (const op of ops) {
    const top = kept[kept.length - 1];
    if (op.op === 'collapse' && top?.op.op === 'expand' && top.op.id === op.id) {
      if (!model || !state || !top.before) {
        kept.pop();
        continue;
      }
      if (sameSet(applyOp(model, state, op), top.before)) {
        kept.pop();
        state = top.before;
        continue;
      }
    }
    const before = state;
    if (model && state) state = applyOp(model, state, op);
    kept.push(op.op === 'expand' && before ? { op, before } : { op });
  }
  return kept.map((k) => k.op);
}

/** The canonical form of a view: what decode(encode(view)) gives back. */
export function normaliseView(view: ViewState, model?: GraphModel): ViewState {
  const known = (id: string) => isId(id) && (model ? model.nodes.has(id) : true);
  const ops = view.ops.filter((op) => !('id' in op) || known(op.id));
  return {
    ops: normaliseOps(ops, model),
    selected: view.selected !== null && known(view.selected) ? view.selected : null,
    hiddenKinds: NODE_KINDS.filter((k) => view.hiddenKinds.includes(k)),
    hiddenRelations: RELATIONS.filter((r) => view.hiddenRelations.includes(r)),
    lang: view.lang,
    theme: view.theme,
    layout: view.layout,
    allSupports: view.allSupports,
  };
}
