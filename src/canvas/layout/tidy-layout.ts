import type { LayoutName } from '../../domain/vocabulary';
import type { Arrangement } from '../../view/arrangement';
import type { Positions } from '../../view/positions';
import { portraitLayout } from './portrait-layout';
import { radialLayout } from './radial-layout';
import { shownForest, type ForestSource } from './shown-forest';
import { treeLayout } from './tree-layout';

/** The layouts that draw the hierarchy in the geometry: a pure function of what is shown. */
export type TidyLayoutName = Exclude<LayoutName, 'network'>;
/** The same, with the portrait tree a phone draws instead of either. */
export type TidyArrangement = Exclude<Arrangement, 'network'>;

/**
 * The tidy layout of the shown forest (the nodes `shownNodes` gives for `expanded`), with the plan's root at
 * (0, 0): `radial` (radial-layout.ts), `tree` (tree-layout.ts) or `portrait` (portrait-layout.ts).
 */
export function tidyPositions(
  name: TidyArrangement,
  source: ForestSource,
  expanded: ReadonlySet<string>,
): Positions {
  const forest = shownForest(source, expanded, name);
  const xy =
    name === 'radial'
      ? radialLayout(forest)
      : name === 'portrait'
        ? portraitLayout(forest, source.model)
        : treeLayout(forest);
  const out: Positions = new Map();
  forest.ids.forEach((id, i) => out.set(id, { x: xy[2 * i]!, y: xy[2 * i + 1]! }));
  return out;
}
