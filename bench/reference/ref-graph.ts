import { FCOSE_BASE } from '../../src/canvas/layout/fcose-options';
import type { ElementDefinition } from 'cytoscape';
import type { GraphModel } from '../../src/domain/graph-model';
import type { Lang } from '../../src/i18n/lang';
import { edgeElement, nodeData, nodeElement } from '../../src/canvas/elements';
import type { Point } from '../../src/canvas/layout/layout-engine';
import { applyOp, hiddenChildCount, type ViewOp } from '../../src/view/view-ops';
import { visibleGraph } from '../../src/view/visible-graph';

/**
 * The reference page's view logic, kept free of cytoscape and the DOM so it can be tested in node: the same
 * elements the app's canvas builds (src/canvas/elements.ts), without React or the store.
 */

/**
 * The fcose options of the app's LayoutEngine (FCOSE_BASE in src/canvas/layout/layout-engine.ts, which does
 * not export them), for the reference's `layout=app`: plain fcose with the app's forces, so the comparison
 * with the app's full layout differs only in how the layout runs. Keep in step with FCOSE_BASE.
 */
export const APP_FCOSE_OPTIONS = FCOSE_BASE;

const NO_FILTERS = { hiddenKinds: [], hiddenRelations: [] } as const;

/**
 * Every element of the view `expanded`. `at` holds canvas positions (shape centres, as the app's canvas
 * reports them); a node missing from it starts at the origin (a layout places it).
 */
export function viewElements(
  model: GraphModel,
  expanded: ReadonlySet<string>,
  lang: Lang,
  ink: string,
  at: ReadonlyMap<string, Point>,
): ElementDefinition[] {
  const vis = visibleGraph(model, expanded, NO_FILTERS);
  return [
    ...vis.nodes.map((id) =>
      nodeElement(model, id, lang, hiddenChildCount(model, expanded, id), ink, at.get(id) ?? { x: 0, y: 0 }),
    ),
    ...vis.edges.map(edgeElement),
  ];
}

export interface ExpandPlan {
  expanded: Set<string>;
  /** New nodes (each at its nearest shown ancestor) and new edges, nodes first. */
  added: ElementDefinition[];
  /** Shown nodes whose data changed (their "+N" badge). */
  updated: { id: string; data: ReturnType<typeof nodeData> }[];
}

/**
 * What one view step adds to the canvas. `current` holds the positions of the nodes already drawn; a new node
 * starts at its parent (or, for a whole new subtree, at the nearest ancestor already placed), nudged by a
 * fraction of a pixel per sibling so that no two nodes start on exactly the same point.
 */
export function expandPlan(
  model: GraphModel,
  expanded: ReadonlySet<string>,
  op: ViewOp,
  lang: Lang,
  ink: string,
  current: ReadonlyMap<string, Point>,
): ExpandPlan {
  const next = applyOp(model, expanded, op);
  const vis = visibleGraph(model, next, NO_FILTERS);
  const placed = new Map(current);
  const added: ElementDefinition[] = [];
  const updated: ExpandPlan['updated'] = [];
  for (const id of vis.nodes) {
    const hidden = hiddenChildCount(model, next, id);
    if (current.has(id)) {
      if (hidden !== hiddenChildCount(model, expanded, id))
        updated.push({ id, data: nodeData(model, id, lang, hidden, ink) });
      continue;
    }
    const at = anchorOf(model, id, placed);
    const siblings = model.children.get(model.parent.get(id) ?? '') ?? [id];
    const i = Math.max(0, siblings.indexOf(id));
    const p = { x: at.x + 0.5 * Math.cos(i), y: at.y + 0.5 * Math.sin(i) };
    placed.set(id, p);
    added.push(nodeElement(model, id, lang, hidden, ink, p));
  }
  const shownBefore = new Set(current.keys());
  for (const e of vis.edges)
    if (!shownBefore.has(e.source) || !shownBefore.has(e.target)) added.push(edgeElement(e));
  return { expanded: next, added, updated };
}

function anchorOf(model: GraphModel, id: string, placed: ReadonlyMap<string, Point>): Point {
  for (let p = model.parent.get(id); p !== undefined; p = model.parent.get(p)) {
    const at = placed.get(p);
    if (at) return at;
  }
  return { x: 0, y: 0 };
}
