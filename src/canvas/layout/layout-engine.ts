import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphModel } from '../../domain/graph-model';
import { applyOp, shownNodes, startExpanded, type ViewOp } from '../../view/view-ops';
import { layoutBox } from '../node-metrics';
import type { CanvasScale } from '../../view/positions';
import { clusterLayout } from './cluster-layout';
import { fanLayout } from './fan-layout';
import type { Point, Positions } from '../../view/positions';
import { withSeededRandom } from './seeded-random';
import { FCOSE_BASE } from './fcose-options';
import { separateBoxes } from './separate';

cytoscape.use(fcose);

export type { Point, Positions } from '../../view/positions';

/**
 * When more nodes than this appear in one step, a force layout would take seconds (fcose is superlinear), so the
 * whole shown forest is re-arranged as a nested circle packing instead — linear, and still a pure function of the log.
 */
export const LARGE_STEP = 400;

/**
 * Up to this many new nodes (one branch opened, the usual step) are fanned out around their parents in a few
 * milliseconds; fcose, which iterates over the whole shown graph, would cost 50–300 ms however few they are.
 */
export const SMALL_STEP = 60;

const ROOT_LINK = '__root-link__';

/**
 * Positions as a pure function of the view log. It keeps a headless cytoscape mirror of the shown nodes and
 * lays out only what changed: new nodes start at their parent and fcose places them while every node that was
 * already shown is held still. Replaying the same log gives the same positions, to the pixel.
 */
export class LayoutEngine {
  private readonly cy: Core;
  private applied: ViewOp[] = [];
  private expanded = new Set<string>();
  private shown = new Set<string>();

  constructor(
    private readonly model: GraphModel,
    private readonly startPositions?: ReadonlyMap<string, Point>,
    /** The boxes are those of the labels drawn at this scale (and `startPositions` must be laid out at it). */
    private readonly scale: CanvasScale = 'screen',
  ) {
    this.cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
    });
    this.reset();
  }

  /** Positions (centre of each node's layout box) of every shown node after `ops`. */
  positionsFor(ops: readonly ViewOp[]): Positions {
    const isPrefix = this.applied.length <= ops.length && this.applied.every((op, i) => sameOp(op, ops[i]!));
    if (!isPrefix) this.reset();
    for (let i = this.applied.length; i < ops.length; i++) this.step(ops[i]!, i + 1);
    this.applied = [...ops];
    return this.current();
  }

  destroy(): void {
    this.cy.destroy();
  }

  private current(): Positions {
    const out: Positions = new Map();
    this.cy.nodes().forEach((n) => {
      const p = n.position();
      out.set(n.id(), { x: p.x, y: p.y });
    });
    return out;
  }

  private reset(): void {
    this.cy.elements().remove();
    this.applied = [];
    this.expanded = startExpanded(this.model);
    const ids = shownNodes(this.model, this.expanded);
    this.shown = new Set(ids);
    const start = this.startPositions;
    const precomputed = start !== undefined && ids.every((id) => start.has(id));
    this.addNodes(ids, (id) => (precomputed ? start.get(id)! : { x: 0, y: 0 }));
    if (precomputed) return;
    withSeededRandom(1, () => {
      this.cy.layout({ ...FCOSE_BASE, randomize: true, quality: 'proof' } as cytoscape.LayoutOptions).run();
    });
    this.separate(ids);
  }

  private step(op: ViewOp, index: number): void {
    const next = applyOp(this.model, this.expanded, op);
    const ids = shownNodes(this.model, next);
    const nextShown = new Set(ids);
    this.expanded = next;
    const removed = [...this.shown].filter((id) => !nextShown.has(id));
    this.cy.batch(() => removed.forEach((id) => this.cy.getElementById(id).remove()));
    const added = ids.filter((id) => !this.shown.has(id));
    this.shown = nextShown;
    if (!added.length) return;

    if (added.length > LARGE_STEP) {
      const root = this.model.roots.find((r) => this.shown.has(r));
      const origin =
        root && this.cy.getElementById(root).nonempty() ? this.cy.getElementById(root).position() : undefined;
      const placed = clusterLayout(this.model, ids, origin ? { ...origin } : { x: 0, y: 0 }, this.scale);
      this.cy.batch(() => this.cy.nodes().forEach((n) => void n.position(placed.get(n.id())!)));
      this.addNodes(added, (id) => placed.get(id)!);
      return;
    }
    if (added.length <= SMALL_STEP) {
      const placed = new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
      const at = fanLayout(this.model, added, placed, (id) => this.boxSize(id));
      this.addNodes(added, (id) => at.get(id)!);
      return;
    }
    const fixed = this.cy.nodes().map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    this.addNodes(added, (id) => this.seedPosition(id));
    withSeededRandom(index * 7919, () => {
      this.cy
        .layout({
          ...FCOSE_BASE,
          randomize: false,
          quality: 'default',
          fixedNodeConstraint: fixed,
        } as cytoscape.LayoutOptions)
        .run();
    });
    this.separate(added);
  }

  /**
   * Moves the `movable` nodes (given parent-first) off any box they still overlap after fcose, each to the
   * nearest clear spot; every other node stays put.
   */
  private separate(movable: readonly string[]): void {
    const boxOf = (id: string, isMovable: boolean) => {
      const box = layoutBox(this.model.nodes.get(id)!, this.model.level.get(id)!, this.scale);
      const node = this.cy.getElementById(id);
      const parent = this.model.parent.get(id);
      const anchor = parent !== undefined ? this.cy.getElementById(parent) : undefined;
      return {
        id,
        ...node.position(),
        width: box.width,
        height: box.height,
        movable: isMovable,
        anchor: anchor?.nonempty() ? { ...anchor.position() } : undefined,
      };
    };
    const moving = new Set(movable);
    const fixed = this.cy.nodes().filter((n) => !moving.has(n.id()));
    const boxes = [...fixed.map((n) => boxOf(n.id(), false)), ...movable.map((id) => boxOf(id, true))];
    const moved = separateBoxes(boxes);
    this.cy.batch(() => moved.forEach((p, id) => void this.cy.getElementById(id).position(p)));
  }

  /** A new node starts on a small ring around its parent, facing away from the grandparent. */
  private seedPosition(id: string): { x: number; y: number } {
    const parentId = this.model.parent.get(id);
    const parent = parentId ? this.cy.getElementById(parentId) : undefined;
    if (!parent || parent.empty()) return { x: 0, y: 0 };
    const p = parent.position();
    const grand = this.model.parent.get(parentId!);
    const g = grand ? this.cy.getElementById(grand) : undefined;
    const away = g && !g.empty() ? Math.atan2(p.y - g.position().y, p.x - g.position().x) : -Math.PI / 2;
    const family = this.model.children.get(parentId!) ?? [id];
    const siblings = family.length;
    const i = family.indexOf(id);
    const angle = away + ((i - (siblings - 1) / 2) * Math.PI) / Math.max(siblings, 2);
    const r = 60 + siblings * 4;
    return { x: p.x + r * Math.cos(angle), y: p.y + r * Math.sin(angle) };
  }

  private boxSize(id: string): { w: number; h: number } {
    const box = layoutBox(this.model.nodes.get(id)!, this.model.level.get(id)!, this.scale);
    return { w: box.width + 16, h: box.height + 8 };
  }

  /** `ids` come parent-first (shownNodes order), so a child can start next to its already placed parent. */
  private addNodes(ids: readonly string[], at: (id: string) => Point): void {
    for (const id of ids) {
      const { w, h } = this.boxSize(id);
      this.cy.add({ group: 'nodes', data: { id, w, h }, position: at(id) });
      const parent = this.model.parent.get(id);
      if (parent !== undefined && this.shown.has(parent))
        this.cy.add({ group: 'edges', data: { id: `l:${id}`, source: id, target: parent } });
    }
    this.linkRoots();
  }

  private linkRoots(): void {
    const [first, ...rest] = this.model.roots;
    for (const r of rest) {
      const id = `${ROOT_LINK}${r}`;
      if (this.cy.getElementById(id).empty() && this.shown.has(r) && first && this.shown.has(first))
        this.cy.add({ group: 'edges', data: { id, source: r, target: first, rootLink: true } });
    }
  }
}

function sameOp(a: ViewOp, b: ViewOp): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
