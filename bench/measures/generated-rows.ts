import type { RowDef, SeriesDef } from '../lib/results';
import { heapSeries, longTaskRows, longTaskSeries, panRows, panSeries } from './steps';

/**
 * The series and table rows of one generated graph (generated.ts measures them): series ids
 * `app.gen<N>.…` / `ref.gen<N>.…`, rows in the section `gen-<N>`.
 */
export function generatedRows(n: number, appQuery: string): { series: SeriesDef[]; rows: RowDef[] } {
  const section = `gen-${n}`;
  const app = `app.gen${n}`;
  const ref = `ref.gen${n}`;
  const series: SeriesDef[] = [
    {
      id: `${app}.first-render`,
      side: 'app',
      unit: 'ms',
      what: `navigation start → taigu:first-render, ${appQuery}`,
    },
    {
      id: `${ref}.first-render`,
      side: 'reference',
      unit: 'ms',
      what: 'navigation start → ref:first-render, start view at the app’s positions',
    },
    {
      id: `${app}.expanded.first-render`,
      side: 'app',
      unit: 'ms',
      what: 'navigation start (link x=*) → first frame showing every node',
    },
    {
      id: `${ref}.expanded.first-render`,
      side: 'reference',
      unit: 'ms',
      what: 'navigation start → ref:first-render, every node at the app’s positions',
    },
    {
      id: `${app}.expand-all`,
      side: 'app',
      unit: 'ms',
      what: 'store.expandAll() → taigu:settled, reduced motion',
    },
    {
      id: `${ref}.fcose`,
      side: 'reference',
      unit: 'ms',
      what: 'ref:layout-start → ref:first-render: plain fcose of every node (app’s options, randomize, default quality, main thread) + first render',
    },
    {
      id: `${ref}.fcose.layout`,
      side: 'reference',
      unit: 'ms',
      what: 'ref:layout-start → ref:layout-end: plain fcose of every node, layout only',
    },
    ...longTaskSeries(`${app}.load.longtasks`, 'app', 'from navigation start to the first render'),
    ...longTaskSeries(`${ref}.load.longtasks`, 'reference', 'from navigation start to the first render'),
    ...longTaskSeries(`${app}.expand.longtasks`, 'app', 'from expandAll() to taigu:settled'),
    ...longTaskSeries(
      `${ref}.expand.longtasks`,
      'reference',
      'from ref:layout-start to the first render (plain fcose)',
    ),
    heapSeries(`${app}.heap`, 'app', 'after the first render (start view)'),
    heapSeries(`${ref}.heap`, 'reference', 'after the first render (start view)'),
    heapSeries(`${app}.expanded.heap`, 'app', 'after expand all settled'),
    heapSeries(`${ref}.expanded.heap`, 'reference', 'after drawing every node'),
    ...panSeries(`${app}.pan`, 'app', 'every node shown, canvas renderer'),
    ...panSeries(`${ref}.pan`, 'reference', 'every node shown, canvas renderer'),
    ...panSeries(
      `${ref}.pan-lod`,
      'reference',
      'every node shown, canvas renderer, the app’s level of detail',
    ),
    ...panSeries(`${app}.pan-webgl`, 'app', 'every node shown, ?renderer=webgl'),
    ...panSeries(`${ref}.pan-webgl`, 'reference', 'every node shown, renderer=webgl'),
  ];
  const rows: RowDef[] = [
    {
      id: `${section}.first-render`,
      section,
      title: 'first render (start view)',
      app: `${app}.first-render`,
      reference: `${ref}.first-render`,
    },
    {
      id: `${section}.expanded-first-render`,
      section,
      title: 'first render (fully expanded, link x=*)',
      app: `${app}.expanded.first-render`,
      reference: `${ref}.expanded.first-render`,
    },
    {
      id: `${section}.expand-all`,
      section,
      title: 'expand all → settled vs plain fcose',
      app: `${app}.expand-all`,
      reference: `${ref}.fcose`,
      note:
        'app: store.expandAll() on the start view to taigu:settled (reduced motion). Reference: fcose with the ' +
        'app engine’s options (FCOSE_BASE), randomize, quality default, of every node on the main thread, ' +
        'then the first render. Not the same work: the app draws its default layout (radial, a tidy layout in ' +
        'its layout worker), the reference a force layout, another picture; it is the wait for a settled ' +
        'picture of every node either way. Target: app ≥ 10× faster at 5,000 nodes (app/ref ≤ 0.10).',
    },
    ...longTaskRows(
      section,
      `${section}.load-longtasks`,
      'long tasks during load',
      `${app}.load.longtasks`,
      `${ref}.load.longtasks`,
    ),
    ...longTaskRows(
      section,
      `${section}.expand-longtasks`,
      'long tasks during expand all',
      `${app}.expand.longtasks`,
      `${ref}.expand.longtasks`,
      'app: from the expandAll() call to taigu:settled; reference: during its plain fcose and first render. ' +
        'The longest task is how long input waits at worst.',
    ),
    {
      id: `${section}.heap`,
      section,
      title: 'JS heap after load',
      app: `${app}.heap`,
      reference: `${ref}.heap`,
    },
    {
      id: `${section}.expanded-heap`,
      section,
      title: 'JS heap, fully expanded',
      app: `${app}.expanded.heap`,
      reference: `${ref}.expanded.heap`,
    },
    ...panRows(
      section,
      `${section}.pan`,
      'pan+zoom, all nodes, canvas',
      `${app}.pan`,
      `${ref}.pan`,
      'every node shown (the app after expand all, the reference at the app’s positions), fitted, then the ' +
        'fixed mouse sequence (60 steps, 18 in --quick); time inside cytoscape’s render() per frame. Targets at 5,000 nodes: ' +
        'total within 1.1× the reference, worst frame under 100 ms. Not the same work: from 1,000 nodes the app ' +
        'drops labels, arrows and badges below zoom 0.42 (its level of detail), the reference draws them all; ' +
        'the next row gives the reference the same level of detail.',
    ),
    ...panRows(
      section,
      `${section}.pan-lod`,
      'pan+zoom, all nodes, canvas, both with level of detail',
      `${app}.pan`,
      `${ref}.pan-lod`,
      'the same app samples; the reference runs the same sequence with the app’s level of detail ' +
        '(level-of-detail.ts: the same zoom threshold, decided 200 ms after zooming pauses, the same style).',
    ),
    ...panRows(
      section,
      `${section}.pan-webgl`,
      'pan+zoom, all nodes, WebGL',
      `${app}.pan-webgl`,
      `${ref}.pan-webgl`,
    ),
  ];

  return { series, rows };
}
