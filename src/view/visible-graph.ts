import type { GraphModel } from '../domain/graph-model';
import type { NodeKind, Relation } from '../domain/vocabulary';
import { shownNodes } from './view-ops';

export interface VisibleEdge {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  /** A part-of edge that skips ancestors hidden by a kind filter. */
  bridged: boolean;
}

export interface VisibleGraph {
  nodes: string[];
  edges: VisibleEdge[];
}

export interface Filters {
  hiddenKinds: readonly NodeKind[];
  hiddenRelations: readonly Relation[];
}

export const edgeId = (source: string, target: string, relation: Relation) =>
  `${relation}:${source}:${target}`;

/**
 * What the canvas draws: shown nodes minus hidden kinds. A node whose parent's kind is hidden hangs from its
 * nearest visible ancestor, so no subtree floats loose; edges never dangle.
 */
export function visibleGraph(
  model: GraphModel,
  expanded: ReadonlySet<string>,
  filters: Filters,
): VisibleGraph {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const shown = shownNodes(model, expanded);
  const nodes = shown.filter((id) => !hiddenKinds.has(model.nodes.get(id)!.kind));
  const visible = new Set(nodes);
  const edges: VisibleEdge[] = [];

  if (!filters.hiddenRelations.includes('part-of')) {
    for (const id of nodes) {
      let up = model.parent.get(id);
      let bridged = false;
      while (up !== undefined && !visible.has(up)) {
        up = model.parent.get(up);
        bridged = true;
      }
      if (up !== undefined)
        edges.push({ id: edgeId(id, up, 'part-of'), source: id, target: up, relation: 'part-of', bridged });
    }
  }
  if (!filters.hiddenRelations.includes('supports')) {
    for (const e of model.supports) {
      if (visible.has(e.source) && visible.has(e.target))
        edges.push({
          id: edgeId(e.source, e.target, 'supports'),
          source: e.source,
          target: e.target,
          relation: 'supports',
          bridged: false,
        });
    }
  }
  return { nodes, edges };
}
