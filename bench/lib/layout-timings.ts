/**
 * Layout timings in Node, no browser: the app's hierarchical layout engine against cytoscape's own layouts
 * (plain fcose, breadthfirst) on the same shown nodes and edges, in a headless cytoscape.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { HierarchyEngine } from '../../src/canvas/layout/hierarchy-engine';
import { FCOSE_BASE } from '../../src/canvas/layout/fcose-options';
import { withSeededRandom } from '../../src/canvas/layout/seeded-random';
import type { TidyLayoutName } from '../../src/canvas/layout/tidy-layout';
import { layoutBox } from '../../src/canvas/node-metrics';
import type { GraphModel } from '../../src/domain/graph-model';
import type { SiblingOrder } from '../../src/view/sibling-order';
import { expandedAfter, shownNodes, type ViewOp } from '../../src/view/view-ops';

cytoscape.use(fcose);

export type ReferenceLayout = 'fcose' | 'breadthfirst';

/**
 * The engine's step to `ops` from the start view, in ms: a fresh engine lays out the start view (not timed),
 * then the timed call lays out everything `ops` shows (the tidy layout of the shown set and its rigid motion).
 * Returns the time and how many nodes it placed.
 */
export function timeEngineStep(
  model: GraphModel,
  layout: TidyLayoutName,
  ops: readonly ViewOp[],
  siblingOrder?: SiblingOrder,
): { ms: number; nodes: number } {
  const engine = new HierarchyEngine(model, layout, { siblingOrder });
  engine.positionsFor([]);
  const t = performance.now();
  const positions = engine.positionsFor(ops);
  const ms = performance.now() - t;
  engine.destroy();
  return { ms, nodes: positions.size };
}

/** The nodes shown after `ops` (boxes as the app's layout sees them) with their part-of and supports edges. */
export function shownElements(model: GraphModel, ops: readonly ViewOp[]): ElementDefinition[] {
  const shown = shownNodes(model, expandedAfter(model, ops));
  const set = new Set(shown);
  const out: ElementDefinition[] = shown.map((id) => {
    const box = layoutBox(model.nodes.get(id)!, model.level.get(id)!);
    return { group: 'nodes', data: { id, w: box.width, h: box.height } };
  });
  for (const id of shown) {
    const parent = model.parent.get(id);
    if (parent !== undefined && set.has(parent))
      out.push({ group: 'edges', data: { id: `p:${id}`, source: id, target: parent } });
  }
  model.supports.forEach((e, i) => {
    if (set.has(e.source) && set.has(e.target))
      out.push({ group: 'edges', data: { id: `s:${i}`, source: e.source, target: e.target } });
  });
  return out;
}

/**
 * One cytoscape layout of `elements` from scratch, in ms (building the headless instance is not timed):
 * plain fcose with the app's forces (randomize, default quality, seeded), or breadthfirst from the shown
 * roots (undirected, avoiding overlaps).
 */
export function timeReference(
  model: GraphModel,
  elements: ElementDefinition[],
  name: ReferenceLayout,
): { ms: number; nodes: number } {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
  });
  const options =
    name === 'fcose'
      ? { ...FCOSE_BASE, randomize: true, quality: 'default' }
      : {
          name,
          roots: model.roots.filter((r) => cy.getElementById(r).nonempty()),
          directed: false,
          avoidOverlap: true,
          animate: false,
          fit: false,
        };
  const t = performance.now();
  withSeededRandom(1, () => cy.layout(options as cytoscape.LayoutOptions).run());
  const ms = performance.now() - t;
  const nodes = cy.nodes().length;
  cy.destroy();
  return { ms, nodes };
}
