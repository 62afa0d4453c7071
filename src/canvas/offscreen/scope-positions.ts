import type { GraphModel } from '../../domain/graph-model';
import type { LayoutName } from '../../domain/vocabulary';
import type { SiblingOrder } from '../../view/sibling-order';
import type { ViewOp } from '../../view/view-ops';
import { LayoutClient } from '../layout/layout-client';
import type { Point, Positions } from '../../view/positions';
import type { Lang } from '../../i18n/lang';
import { labelLangs } from '../node-metrics';

let last: { model: GraphModel; key: string; positions: Positions } | undefined;

/**
 * Layout positions for a scope's view log in `layout` (siblings in document `order` for the hierarchical ones),
 * computed in a layout worker of its own (the same seeded engine as the canvas, so an export shows exactly what
 * the reader would see) while the page stays responsive. The last answer is kept: the dialog asks repeatedly
 * while the reader changes size and background.
 */
export async function scopePositions(
  model: GraphModel,
  ops: readonly ViewOp[],
  startPositions?: ReadonlyMap<string, Point>,
  layout: LayoutName = 'network',
  order?: SiblingOrder,
  /** The labels drawn: the hierarchical layouts make room for them only. */
  lang?: Lang,
): Promise<Positions> {
  const langs = lang ? labelLangs(layout, lang) : 'both';
  const key = `${layout}|${langs}|${JSON.stringify(ops)}`;
  if (last && last.model === model && last.key === key) return last.positions;
  // The start positions given are the network layout's.
  const client = new LayoutClient(model, layout === 'network' ? startPositions : undefined, 'screen', {
    layout,
    siblingOrder: layout === 'network' ? undefined : order,
    langs,
  });
  try {
    const positions = await client.positionsFor(ops);
    last = { model, key, positions };
    return positions;
  } finally {
    client.destroy();
  }
}
