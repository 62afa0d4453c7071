import type { GraphModel } from '../domain/graph-model';

export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export type NavResult = { move: string } | { expand: string } | { collapse: string } | null;

/**
 * Tree keyboard navigation (WAI-ARIA tree pattern) over the shown nodes, in outline order: up/down walk the
 * visible rows, right opens or steps into the first child, left closes or steps up to the parent.
 */
export function treeNav(
  model: GraphModel,
  rows: readonly string[],
  expanded: ReadonlySet<string>,
  current: string,
  key: NavKey,
): NavResult {
  const i = rows.indexOf(current);
  if (i < 0) return rows[0] ? { move: rows[0] } : null;
  const hasChildren = (model.children.get(current)?.length ?? 0) > 0;
  switch (key) {
    case 'ArrowDown':
      return i + 1 < rows.length ? { move: rows[i + 1]! } : null;
    case 'ArrowUp':
      return i > 0 ? { move: rows[i - 1]! } : null;
    case 'Home':
      return { move: rows[0]! };
    case 'End':
      return { move: rows[rows.length - 1]! };
    case 'ArrowRight':
      if (!hasChildren) return null;
      return expanded.has(current) ? { move: model.children.get(current)![0]! } : { expand: current };
    case 'ArrowLeft': {
      if (hasChildren && expanded.has(current)) return { collapse: current };
      const parent = model.parent.get(current);
      return parent ? { move: parent } : null;
    }
  }
}
