import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from '../domain/vocabulary';
import { TOP_LEVELS } from './node-metrics';
import { PORTRAIT_LABEL_GAP, PORTRAIT_WRAP_PX, portraitMetrics } from './portrait-metrics';

/**
 * The portrait tree's look, over the canvas's own style: each label beside its shape, left aligned, at the sizes
 * the portrait layout made room for; part-of edges run down the parent's column and turn right into the child,
 * as in a file list, so an edge never passes through a sibling.
 */
export function portraitStyle(): StylesheetJson {
  const levels = Array.from({ length: TOP_LEVELS + 1 }, (_, i) => i + 1);
  return [
    {
      selector: 'node',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-justification': 'left',
        'text-margin-x': PORTRAIT_LABEL_GAP,
        'text-margin-y': 0,
      },
    },
    ...levels.flatMap((level) =>
      NODE_KINDS.map((kind) => {
        const m = portraitMetrics(kind, level);
        return {
          selector: `node.lv-${level}.k-${kind}`,
          style: {
            width: m.size,
            height: m.size,
            'font-size': m.font,
            'text-max-width': `${PORTRAIT_WRAP_PX}px`,
          },
        };
      }),
    ),
    {
      selector: 'edge.r-part-of',
      style: {
        'curve-style': 'taxi',
        'taxi-direction': 'leftward',
        'taxi-turn': '100%',
        'taxi-turn-min-distance': 0,
      },
    },
  ];
}
