import type { GraphModel } from '../../domain/graph-model';
import type { CanvasScale, Point, Positions } from '../../view/positions';
import { siblingOrder as documentOrder, type SiblingOrder } from '../../view/sibling-order';
import { applyOp, startExpanded, type ViewOp } from '../../view/view-ops';
import { forestSource, type ForestSource } from './shown-forest';
import { tidyPositions, type TidyArrangement } from './tidy-layout';

/** A rigid motion: turn by `angle` about the origin, then move by (dx, dy). */
export interface Motion {
  angle: number;
  dx: number;
  dy: number;
}

export const moved = (m: Motion, p: Point): Point => {
  const [c, s] = [Math.cos(m.angle), Math.sin(m.angle)];
  return { x: c * p.x - s * p.y + m.dx, y: s * p.x + c * p.y + m.dy };
};

/**
 * Positions for the `radial`, `tree` and `portrait` layouts as a pure function of the view log: after every step,
 * the tidy layout of what is shown (tidy-layout.ts), moved rigidly so that the picture does not jump. When a step
 * names a node (expand, collapse, branch, reveal, supporters), that node stays exactly where it was (if it was not
 * shown, its nearest shown ancestor does): `tree` and `portrait` move by a translation; `radial` turns about the
 * root, keeping the root on the same ray from the node, which is a pure turn about the root whenever the node's
 * ring keeps its radius — always when the node's own branch opens or closes, which leaves its ring and everything
 * inside it as it was, so nothing there moves at all. (A node in another root's group is held still too; the
 * plan's disc then moves aside if that group grows.) Steps that name no node (depth, all) keep the root where it
 * was; the start view has the root at (0, 0). Replaying a log gives the same positions.
 */
export class HierarchyEngine {
  private readonly source: ForestSource;
  private readonly root: string;
  private applied: ViewOp[] = [];
  private expanded = new Set<string>();
  private tidy: Positions = new Map();
  private motion: Motion = { angle: 0, dx: 0, dy: 0 };

  constructor(
    private readonly model: GraphModel,
    private readonly layout: TidyArrangement,
    options: { scale?: CanvasScale; siblingOrder?: SiblingOrder } = {},
  ) {
    this.source = forestSource(
      model,
      options.scale ?? 'screen',
      options.siblingOrder ?? documentOrder(model),
    );
    this.root = model.roots[0] ?? '';
    this.reset();
  }

  /** Positions (centre of each node's layout box) of every shown node after `ops`. */
  positionsFor(ops: readonly ViewOp[]): Positions {
    const isPrefix = this.applied.length <= ops.length && this.applied.every((op, i) => sameOp(op, ops[i]!));
    if (!isPrefix) this.reset();
    for (let i = this.applied.length; i < ops.length; i++) this.step(ops[i]!);
    this.applied = [...ops];
    const out: Positions = new Map();
    for (const [id, p] of this.tidy) out.set(id, moved(this.motion, p));
    return out;
  }

  destroy(): void {
    this.tidy = new Map();
  }

  private reset(): void {
    this.applied = [];
    this.expanded = startExpanded(this.model);
    this.tidy = tidyPositions(this.layout, this.source, this.expanded);
    const root = this.tidy.get(this.root) ?? { x: 0, y: 0 };
    this.motion = { angle: 0, dx: -root.x, dy: -root.y };
  }

  private step(op: ViewOp): void {
    const next = applyOp(this.model, this.expanded, op);
    if (next.size === this.expanded.size && [...next].every((id) => this.expanded.has(id))) return;
    const anchor = this.anchorOf(op);
    const was = (id: string) => moved(this.motion, this.tidy.get(id)!);
    const oldAnchor = anchor === undefined ? undefined : was(anchor);
    const oldRoot = was(this.root);
    this.expanded = next;
    this.tidy = tidyPositions(this.layout, this.source, next);
    const to = this.tidy.get(anchor ?? this.root)!;
    let angle = this.motion.angle;
    if (oldAnchor && anchor !== this.root && this.layout === 'radial') {
      const root = this.tidy.get(this.root)!;
      angle =
        Math.atan2(oldRoot.y - oldAnchor.y, oldRoot.x - oldAnchor.x) -
        Math.atan2(root.y - to.y, root.x - to.x);
      angle = Math.atan2(Math.sin(angle), Math.cos(angle));
    }
    const turned = moved({ angle, dx: 0, dy: 0 }, to);
    const target = oldAnchor ?? oldRoot;
    this.motion = { angle, dx: target.x - turned.x, dy: target.y - turned.y };
  }

  /** The node a step names, or its nearest ancestor shown before the step; none for steps that name none. */
  private anchorOf(op: ViewOp): string | undefined {
    if (!('id' in op) || !this.model.nodes.has(op.id)) return undefined;
    let id: string | undefined = op.id;
    while (id !== undefined && !this.tidy.has(id)) id = this.model.parent.get(id);
    return id;
  }
}

function sameOp(a: ViewOp, b: ViewOp): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
