import { descendants, pathToRoot, type GraphModel } from '../domain/graph-model';

/**
 * What the reader did to the hierarchy, in order. The expanded set is a fold over this log, and so is the
 * layout: replaying the same log gives the same picture, which is what makes a shared link reproduce a view.
 */
export type ViewOp =
  | { op: 'expand'; id: string }
  | { op: 'collapse'; id: string }
  | { op: 'branch'; id: string }
  | { op: 'reveal'; id: string }
  | { op: 'supporters'; id: string }
  | { op: 'depth'; level: number }
  | { op: 'all' };

/**
 * The start view: the plan (the first root) with its parts and their members, three levels; other roots,
 * such as background and directives, wait collapsed beside it.
 */
export function startExpanded(model: GraphModel): Set<string> {
  const main = model.roots[0];
  if (main === undefined) return new Set();
  const open = [main, ...(model.children.get(main) ?? [])];
  return new Set(open.filter((id) => (model.children.get(id)?.length ?? 0) > 0));
}

export function applyOp(model: GraphModel, expanded: ReadonlySet<string>, op: ViewOp): Set<string> {
  const next = new Set(expanded);
  const hasChildren = (id: string) => (model.children.get(id)?.length ?? 0) > 0;
  const openPath = (id: string) => {
    for (const a of pathToRoot(model, id)) next.add(a);
  };
  switch (op.op) {
    case 'expand':
      if (!model.nodes.has(op.id)) break;
      openPath(op.id);
      if (hasChildren(op.id)) next.add(op.id);
      break;
    case 'collapse':
      next.delete(op.id);
      for (const d of descendants(model, op.id)) next.delete(d);
      break;
    case 'branch':
      if (!model.nodes.has(op.id)) break;
      openPath(op.id);
      for (const id of [op.id, ...descendants(model, op.id)]) if (hasChildren(id)) next.add(id);
      break;
    case 'reveal':
      if (model.nodes.has(op.id)) openPath(op.id);
      break;
    case 'supporters':
      for (const s of model.supportsIn.get(op.id) ?? []) openPath(s);
      for (const s of model.supportsOut.get(op.id) ?? []) openPath(s);
      if (model.nodes.has(op.id)) openPath(op.id);
      break;
    case 'depth':
      next.clear();
      for (const id of model.order)
        if ((model.level.get(id) ?? 0) < op.level && hasChildren(id)) next.add(id);
      break;
    case 'all':
      for (const id of model.order) if (hasChildren(id)) next.add(id);
      break;
  }
  return next;
}

export function expandedAfter(model: GraphModel, ops: readonly ViewOp[]): Set<string> {
  return ops.reduce<Set<string>>((set, op) => applyOp(model, set, op), startExpanded(model));
}

/** Nodes shown when `expanded` are open: the roots, and every child of an open node whose parent is shown. */
export function shownNodes(model: GraphModel, expanded: ReadonlySet<string>): string[] {
  // Depth first in file order, iteratively (deep graphs must not overflow the stack).
  const out: string[] = [];
  const stack = [...model.roots].reverse();
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    if (!expanded.has(id)) continue;
    const kids = model.children.get(id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** How many children of a shown node are hidden (the "+N" badge). */
export function hiddenChildCount(model: GraphModel, expanded: ReadonlySet<string>, id: string): number {
  return expanded.has(id) ? 0 : (model.children.get(id)?.length ?? 0);
}
