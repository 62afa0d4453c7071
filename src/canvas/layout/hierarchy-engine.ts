import type { GraphModel } from '../../domain/graph-model';
import type { CanvasScale, Point, Positions } from '../../view/positions';
import { siblingOrder as documentOrder, type SiblingOrder } from '../../view/sibling-order';
import { applyOp, startExpanded, type ViewOp } from '../../view/view-ops';
import type { LabelLangs } from '../node-metrics';
import { forestSource, type ForestSource } from './shown-forest';
import { tidyPositions, type TidyArrangement } from './tidy-layout';

/** How far the picture has moved from its tidy layout: pictures only ever move sideways (see below). */
interface Shift {
  dx: number;
  dy: number;
}

const moved = (m: Shift, p: Point): Point => ({ x: p.x + m.dx, y: p.y + m.dy });

/**
 * Positions for the `radial`, `tree` and `portrait` layouts as a pure function of the view log: after every step, the tidy
 * layout of what is shown (tidy-layout.ts), moved so that the picture does not jump. When a step names a node
 * (expand, collapse, branch, reveal, supporters), that node stays exactly where it was (if it was not shown, its
 * nearest shown ancestor does), and everything moves by the same translation: the picture never turns, because
 * shapes are drawn upright and the radial layout leaves cornered shapes room for their corners at the angles it
 * gave them. In radial, opening or closing a node's branch leaves its ring and everything inside it as it was,
 * so nothing there moves at all. Steps that name no node (depth, all) keep the root where it was; the start view
 * has the root at (0, 0). Replaying a log gives the same positions.
 */
export class HierarchyEngine {
  private readonly source: ForestSource;
  private readonly root: string;
  private applied: ViewOp[] = [];
  private expanded = new Set<string>();
  private tidy: Positions = new Map();
  private motion: Shift = { dx: 0, dy: 0 };

  constructor(
    private readonly model: GraphModel,
    private readonly layout: TidyArrangement,
    options: { scale?: CanvasScale; siblingOrder?: SiblingOrder; langs?: LabelLangs } = {},
  ) {
    this.source = forestSource(
      model,
      options.scale ?? 'screen',
      options.siblingOrder ?? documentOrder(model),
      options.langs,
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
    this.motion = { dx: -root.x, dy: -root.y };
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
    const target = oldAnchor ?? oldRoot;
    this.motion = { dx: target.x - to.x, dy: target.y - to.y };
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
