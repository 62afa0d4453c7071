/**
 * The view as a query string, and back. Pure: no DOM, no store.
 *
 * Parameters (all optional; a default view encodes to ''):
 *
 *   g=taigu-2021            graph id, omitted for the index's default graph
 *   s=goal-agri-hi-tech-zone  the selected node
 *   hk=target,concept       hidden node kinds, comma separated, in vocabulary order
 *   hr=supports             hidden relations
 *   lang=en                 omitted for zh
 *   theme=dark              omitted for light
 *   layout=radial           radial, tree or network; omitted for the default layout
 *   sup=all                 every supports edge drawn strong; omitted when only the selection's are
 *   x=<op>.<op>.<op>        the view log (ViewOp[]), in order; always written last, so that when an over-long
 *                           link is cut short the other parameters survive and x keeps a prefix of whole ops
 *
 * Grammar of x (ids are [a-z0-9-], so none of ~ * : . can occur inside one):
 *
 *   x     = op *( "." op )
 *   op    = id           expand id
 *         / "~" id       collapse id
 *         / "b:" id      expand the whole branch under id
 *         / "r:" id      reveal id (open the path down to it)
 *         / "s:" id      show the supporters of id
 *         / "d:" digits  show the hierarchy to this depth (1 = roots only)
 *         / "*"          expand everything
 *
 * Depth carries a colon because `d3` would also be a valid node id. Every character used is left alone by
 * browsers in a query, so links stay readable: `?s=goal-a&lang=en&x=goal-a.~goal-a.*.d:3.b:goal-b.r:x.s:y`.
 *
 * Decoding never throws and never trusts its input: whatever is valid is kept, everything else is dropped and
 * reported as data in `notices` (the UI turns them into a quiet message).
 */
import type { GraphModel } from '../domain/graph-model';
import { NODE_KINDS, RELATIONS } from '../domain/vocabulary';
import { DEFAULT_LAYOUT, type ViewState } from '../view/view-state';
import type { ViewOp } from '../view/view-ops';

import { isId } from './url-grammar';

export * from './url-grammar';
export { decodeView, namesView } from './url-decode';
export { normaliseOps, normaliseView } from './url-normalise';
import { normaliseOps } from './url-normalise';

// ------------------------------------------------------------------------------------------------ encoding

function encodeOp(op: ViewOp): string | undefined {
  if (op.op === 'all') return '*';
  if (op.op === 'depth') return Number.isSafeInteger(op.level) && op.level >= 1 ? `d:${op.level}` : undefined;
  if (!isId(op.id)) return undefined; // ids come from validated graphs; anything else could not round-trip
  switch (op.op) {
    case 'expand':
      return op.id;
    case 'collapse':
      return `~${op.id}`;
    case 'branch':
      return `b:${op.id}`;
    case 'reveal':
      return `r:${op.id}`;
    case 'supporters':
      return `s:${op.id}`;
  }
}

/**
 * The query string for a view: '?…', or '' when everything is default. Pass the model for exact
 * normalisation of the log (see normaliseOps).
 */
export function encodeView(
  view: ViewState,
  graphId: string,
  defaultGraphId: string,
  model?: GraphModel,
): string {
  const parts: string[] = [];
  if (graphId !== defaultGraphId && isId(graphId)) parts.push(`g=${graphId}`);
  if (view.selected !== null && isId(view.selected)) parts.push(`s=${view.selected}`);
  const kinds = NODE_KINDS.filter((k) => view.hiddenKinds.includes(k));
  if (kinds.length) parts.push(`hk=${kinds.join(',')}`);
  const relations = RELATIONS.filter((r) => view.hiddenRelations.includes(r));
  if (relations.length) parts.push(`hr=${relations.join(',')}`);
  if (view.lang !== 'zh') parts.push(`lang=${view.lang}`);
  if (view.theme !== 'light') parts.push(`theme=${view.theme}`);
  if (view.layout !== DEFAULT_LAYOUT) parts.push(`layout=${view.layout}`);
  if (view.allSupports) parts.push('sup=all');
  const ops = normaliseOps(view.ops, model)
    .map(encodeOp)
    .filter((t) => t !== undefined);
  if (ops.length) parts.push(`x=${ops.join('.')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
