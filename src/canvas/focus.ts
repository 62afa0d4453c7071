import type { GraphModel } from '../domain/graph-model';
import { pathToRoot } from '../domain/graph-model';

/**
 * What stays bright when a node is selected: the node, its path to the root, its children and what it supports
 * or is supported by. Everything else dims.
 */
export function focusSet(model: GraphModel, id: string): Set<string> {
  return new Set([
    id,
    ...pathToRoot(model, id),
    ...(model.children.get(id) ?? []),
    ...(model.supportsIn.get(id) ?? []),
    ...(model.supportsOut.get(id) ?? []),
  ]);
}
