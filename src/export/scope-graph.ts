import { descendants, type GraphModel } from '../domain/graph-model';
import { expandedOf } from '../view/expanded';
import { hiddenChildCount, type ViewOp } from '../view/view-ops';
import { visibleGraph, type Filters, type VisibleGraph } from '../view/visible-graph';
import type { ExportScope } from './export-options';

export interface ScopeGraph extends VisibleGraph {
  /** The view log whose layout places these nodes: the reader's own, plus "expand all" or the branch. */
  ops: ViewOp[];
  /** "+N" per node with hidden children in this picture. */
  hidden: Map<string, number>;
}

/**
 * What an export of each scope shows, as a pure function of the view: the current view and the visible graph
 * are what is on screen; "all" and "branch" append an expansion to the reader's log, so nodes already on screen
 * keep their places. Filters (hidden kinds and relations) apply to every scope.
 */
export function scopeGraph(
  model: GraphModel,
  ops: readonly ViewOp[],
  filters: Filters,
  scope: ExportScope,
  branch?: string,
): ScopeGraph {
  let scopeOps: ViewOp[] = [...ops];
  if (scope === 'all') scopeOps.push({ op: 'all' });
  if (scope === 'branch') {
    if (branch === undefined || !model.nodes.has(branch))
      return { ops: scopeOps, nodes: [], edges: [], hidden: new Map() };
    scopeOps = [...ops, { op: 'branch', id: branch }];
  }
  const expanded = expandedOf(model, scopeOps);
  let vis = visibleGraph(model, expanded, filters);
  if (scope === 'branch') {
    const keep = new Set([branch!, ...descendants(model, branch!)]);
    vis = {
      nodes: vis.nodes.filter((id) => keep.has(id)),
      edges: vis.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    };
  }
  const hidden = new Map<string, number>();
  for (const id of vis.nodes) {
    const n = hiddenChildCount(model, expanded, id);
    if (n > 0) hidden.set(id, n);
  }
  return { ...vis, ops: scopeOps, hidden };
}
