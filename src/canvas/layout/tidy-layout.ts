import type { LayoutName } from '../../domain/vocabulary';
import type { Positions } from '../../view/positions';
import { radialLayout } from './radial-layout';
import { shownForest, type ForestSource } from './shown-forest';
import { treeLayout } from './tree-layout';

/** The layouts that draw the hierarchy in the geometry: a pure function of what is shown. */
export type TidyLayoutName = Exclude<LayoutName, 'network'>;

/**
 * The tidy layout of the shown forest (the nodes `shownNodes` gives for `expanded`), with the plan's root at
 * (0, 0): `radial` (radial-layout.ts) or `tree` (tree-layout.ts).
 */
export function tidyPositions(
  name: TidyLayoutName,
  source: ForestSource,
  expanded: ReadonlySet<string>,
): Positions {
  const forest = shownForest(source, expanded);
  const xy = name === 'radial' ? radialLayout(forest) : treeLayout(forest);
  const out: Positions = new Map();
  forest.ids.forEach((id, i) => out.set(id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }));
  return out;
}
