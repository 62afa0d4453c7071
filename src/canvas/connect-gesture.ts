import type { Core, NodeSingular, Position } from 'cytoscape';

export interface ConnectActions {
  /** The editor is open: a drag from a node draws an edge instead of moving the camera. */
  canConnect(): boolean;
  connectNodes(source: string, target: string): void;
}

const TARGET = 'connect-target';
const SOURCE = 'connect-source';

/** The node under a point: its shape first, else its label (labels may overlap a neighbour's). */
function nodeAt(cy: Core, p: Position): NodeSingular | undefined {
  let shape: NodeSingular | undefined;
  let label: NodeSingular | undefined;
  cy.nodes(':visible').forEach((n) => {
    const inside = (b: { x1: number; x2: number; y1: number; y2: number }) =>
      p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
    if (inside(n.boundingBox({ includeLabels: false }))) shape = n;
    else if (inside(n.boundingBox({ includeLabels: true }))) label = n;
  });
  return shape ?? label;
}

/**
 * In the editor, pressing on a node and letting go over another asks to join the two; the camera stays still
 * while the pointer travels. A press released on the same node is an ordinary tap.
 */
export function bindConnectGesture(cy: Core, actions: ConnectActions): void {
  let from: NodeSingular | undefined;
  let over: NodeSingular | undefined;
  const mark = (n: NodeSingular | undefined) => {
    if (n === over) return;
    over?.removeClass(TARGET);
    over = n && n !== from ? n : undefined;
    over?.addClass(TARGET);
  };
  cy.on('tapstart', 'node', (e) => {
    if (!actions.canConnect()) return;
    from = e.target as NodeSingular;
    from.addClass(SOURCE);
    cy.userPanningEnabled(false);
  });
  cy.on('tapdrag', (e) => {
    if (from) mark(nodeAt(cy, e.position));
  });
  cy.on('tapend', (e) => {
    if (!from) return;
    const source = from.id();
    const target = nodeAt(cy, e.position);
    from.removeClass(SOURCE);
    mark(undefined);
    from = undefined;
    cy.userPanningEnabled(true);
    if (target && target.id() !== source) actions.connectNodes(source, target.id());
  });
}
