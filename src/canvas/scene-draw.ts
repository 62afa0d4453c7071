import type { Core } from 'cytoscape';
import type { CanvasScene } from '../view/canvas-scene';
import type { Point, Positions } from '../view/positions';
import { boxOf, glideToShow } from './camera';
import { edgesFromLabelTips, nodeData } from './elements';
import { rayLabelOf } from './ray-labels';
import { syncElements } from './sync-elements';
import { bowSupports } from './supports-style';
import { hiddenChildCount } from '../view/view-ops';

/** Hundreds of nodes flying at once read as noise and cost frames: larger changes appear in place. */
export const MAX_ANIMATED = 400;
const GROW_MS = 300;

export interface DrawOptions {
  first: boolean;
  reducedMotion: boolean;
  far: boolean;
  /** Badge ink (theme token). */
  ink: string;
  /** Called once what was drawn is on screen (after the last glide, when there is one). */
  settled(): void;
  /** Waits for the next render of the canvas. */
  afterRender(done: () => void): void;
}

/**
 * Makes the canvas hold the scene at `positions`: new nodes grow out of their parents, moved ones glide, and the
 * camera follows what was added. Returns where every shown node is going.
 */
export function drawScene(
  cy: Core,
  scene: CanvasScene,
  positions: Positions,
  opts: DrawOptions,
): Map<string, Point> {
  const fresh = scene.visible.nodes.reduce((n, id) => n + (cy.getElementById(id).empty() ? 1 : 0), 0);
  const animate = !opts.first && !opts.reducedMotion && fresh <= MAX_ANIMATED;
  const { targets, moves, added } = syncElements(cy, {
    model: scene.model,
    vis: scene.visible,
    expanded: scene.expanded,
    lang: scene.lang,
    ink: opts.ink,
    layout: positions,
    layoutName: scene.layout,
    scale: scene.scale,
    animate,
    far: opts.far,
  });
  bowSupports(cy, (id) => targets.get(id));
  if (opts.first) return targets;
  const box = boxOf(added, 90);
  if (box) glideToShow(cy, box, animate);
  if (!animate || moves.length === 0) {
    for (const [node, to] of moves) node.position(to);
    opts.afterRender(opts.settled);
    return targets;
  }
  let left = moves.length;
  for (const [node, to] of moves)
    node.animate(
      { position: to },
      { duration: GROW_MS, easing: 'ease-out-cubic', complete: () => --left || opts.settled() },
    );
  return targets;
}

/** Labels and badges again, in place (language or theme changed; nothing moves). `laid`: the last positions. */
export function refreshNodeData(cy: Core, scene: CanvasScene, ink: string, laid: Positions): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const hidden = hiddenChildCount(scene.model, scene.expanded, n.id());
      const ray = rayLabelOf(scene.model, n.id(), scene.lang, scene.layout, scene.scale, laid);
      n.data(nodeData(scene.model, n.id(), scene.lang, hidden, ink, ray));
    });
    edgesFromLabelTips(cy, scene.layout);
  });
}
