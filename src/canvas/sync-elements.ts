import type { Core, NodeSingular } from 'cytoscape';
import type { GraphModel } from '../domain/graph-model';
import type { Lang } from '../i18n/lang';
import { hiddenChildCount } from '../view/view-ops';
import type { VisibleGraph } from '../view/visible-graph';
import { displayPosition, edgeElement, edgesFromLabelTips, nodeData, nodeElement } from './elements';
import { rayLabelOf } from './ray-labels';
import type { Arrangement } from '../view/arrangement';
import type { Point, Positions } from '../view/positions';
import type { CanvasScale } from '../view/positions';

export interface SyncInput {
  model: GraphModel;
  vis: VisibleGraph;
  expanded: ReadonlySet<string>;
  lang: Lang;
  /** Badge ink (theme token). */
  ink: string;
  layout: Positions;
  /** Which layout placed them: in `radial`, deep labels run along their rays. */
  layoutName: Arrangement;
  scale: CanvasScale;
  /** New nodes grow out of their nearest shown ancestor instead of appearing in place. */
  animate: boolean;
  /** The current level of detail ('far' drops labels), given to new elements. */
  far: boolean;
}

export interface SyncResult {
  /** Where each shown node is going. */
  targets: Map<string, Point>;
  /** Nodes to move (or animate) to their target. */
  moves: [NodeSingular, Point][];
  /** Targets of the new nodes and of their parents: what the camera should bring into view. */
  added: Point[];
}

/** Makes the canvas hold exactly the visible graph: removes, updates and adds elements in one batch. */
export function syncElements(cy: Core, input: SyncInput): SyncResult {
  const { model, vis, expanded, lang, ink, layout, layoutName, scale, animate, far } = input;
  const wanted = new Set([...vis.nodes, ...vis.edges.map((e) => e.id)]);
  const targets = new Map(
    vis.nodes.map((id) => [id, displayPosition(model, id, layout, scale, layoutName, lang)]),
  );
  const moves: [NodeSingular, Point][] = [];
  const added: Point[] = [];
  cy.batch(() => {
    cy.elements().forEach((el) => {
      if (!wanted.has(el.id())) el.remove();
    });
    for (const id of vis.nodes) {
      const target = targets.get(id)!;
      const existing = cy.getElementById(id);
      const hidden = hiddenChildCount(model, expanded, id);
      const ray = rayLabelOf(model, id, lang, layoutName, scale, layout);
      if (existing.nonempty()) {
        // Setting data re-applies the node's style (badge image included); only a changed node pays for it.
        const data = nodeData(model, id, lang, hidden, ink, ray);
        if (changed(existing.data() as Partial<typeof data>, data)) existing.data(data);
        existing.toggleClass('ray', ray !== undefined);
        existing.toggleClass('beside', ray?.beside === true);
        const p = existing.position();
        if (Math.abs(p.x - target.x) > 0.01 || Math.abs(p.y - target.y) > 0.01)
          moves.push([existing, target]);
        continue;
      }
      const from = animate ? shownAncestorPosition(cy, model, id) : undefined;
      const node = cy.add(nodeElement(model, id, lang, hidden, ink, from ?? target, ray));
      if (far) node.addClass('far');
      if (from) moves.push([node, target]);
      added.push(target);
      const parent = model.parent.get(id);
      if (parent && targets.has(parent)) added.push(targets.get(parent)!);
    }
    for (const e of vis.edges)
      if (cy.getElementById(e.id).empty()) cy.add(edgeElement(e)).toggleClass('far', far);
    edgesFromLabelTips(cy, layoutName);
  });
  return { targets, moves, added };
}

function changed(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  return ['label', 'hidden', 'badge', 'rot', 'mx', 'my', 'tx', 'ty'].some((k) => before[k] !== after[k]);
}

function shownAncestorPosition(cy: Core, model: GraphModel, id: string): Point | undefined {
  for (let p = model.parent.get(id); p !== undefined; p = model.parent.get(p)) {
    const el = cy.getElementById(p);
    if (el.nonempty()) return { ...el.position() };
  }
  return undefined;
}
