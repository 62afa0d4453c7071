import type { Core } from 'cytoscape';
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

/**
 * Selects the node on the canvas and dims what is outside its neighbourhood; no selection clears it all.
 * `alsoBright` stays lit too (the nodes a tour step names, which need not all be neighbours of its focus).
 */
export function applyFocus(
  cy: Core,
  model: GraphModel,
  selected: string | null,
  alsoBright: readonly string[] = [],
): void {
  cy.batch(() => {
    cy.elements().removeClass('dim hl');
    cy.$(':selected').unselect();
    const node = selected ? cy.getElementById(selected) : undefined;
    if (!selected || !node || node.empty()) return;
    node.select();
    const bright = focusSet(model, selected);
    for (const id of alsoBright) bright.add(id);
    cy.nodes().forEach((n) => {
      if (!bright.has(n.id())) n.addClass('dim');
    });
    cy.edges().forEach((e) => {
      const s = e.source().id();
      const t = e.target().id();
      const touches =
        s === selected || t === selected || (bright.has(s) && bright.has(t) && e.hasClass('r-part-of'));
      e.addClass(touches ? 'hl' : 'dim');
    });
  });
}
