/**
 * The benchmark's reference page: cytoscape + fcose and nothing else (no React, no zustand, no validation),
 * drawing the same elements with the same style as the app. Query parameters:
 *   graph=taigu-2021/graph.json  the graph under graph-data/ (default: that one)
 *   positions=given | fcose       given: the start view where the app draws it (LayoutEngine's positions, read
 *                                 from the app by bench/run.ts into positions/<graph id>.json), render only;
 *                                 fcose: plain fcose on the main thread, default quality
 *   w=…&h=…                       canvas size in CSS px (default: the whole window)
 *   zoom=…&px=…&py=…              with positions=given: the app's start viewport (default: fit, 40 px padding)
 *   seed=1 | none                 the seed for fcose's Math.random (default 1); none leaves it unseeded
 *   view=start | all              the start view (default) or every node shown; given positions of the whole
 *                                 graph come from positions/<graph id>.all.json
 *   layout=plain | app            with positions=fcose: fcose's defaults (default), or the options of the app's
 *                                 LayoutEngine (FCOSE_BASE), randomized, quality 'default'
 *   renderer=canvas | webgl       cytoscape's canvas renderer, or the same with its `webgl: true` option
 *   lod=none | app                draw everything (default), or the app's level of detail: below its zoom on a
 *                                 large graph, labels, arrows and badges dropped, decided when zooming pauses
 * Marks `ref:data` when the data is parsed, `ref:layout-start` / `ref:layout-end` around fcose,
 * `ref:drawn` when the elements are in (and laid out), `ref:first-render` on the first render, and
 * `ref:settled` on the render after each expand.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import '../../src/styles/tokens.css';
import { canvasStyle } from '../../src/canvas/canvas-style';
import type { Point } from '../../src/canvas/layout/layout-engine';
import { withSeededRandom } from '../../src/canvas/layout/seeded-random';
import { wantsFar } from '../../src/canvas/level-of-detail';
import { readCanvasTokens } from '../../src/canvas/theme-tokens';
import { buildModel } from '../../src/domain/graph-model';
import type { GraphFile } from '../../src/domain/schema';
import { applyOp, startExpanded, type ViewOp } from '../../src/view/view-ops';
import { APP_FCOSE_OPTIONS, expandPlan, viewElements } from './ref-graph';

declare global {
  interface Window {
    /** Benchmark probe of the reference page. */
    __ref?: {
      mode: 'given' | 'fcose';
      /** Shows a node's children; false when nothing new was shown (no `ref:settled` follows then). */
      expand(id: string): boolean;
      expandAll(): boolean;
      positions(): Record<string, Point>;
    };
  }
}

cytoscape.use(fcose);

const params = new URLSearchParams(location.search);
const graphPath = params.get('graph') ?? 'taigu-2021/graph.json';
const mode = params.get('positions') === 'fcose' ? 'fcose' : 'given';
const seedParam = params.get('seed') ?? '1';
const view = params.get('view') === 'all' ? 'all' : 'start';
const appLayout = params.get('layout') === 'app';
const webgl = params.get('renderer') === 'webgl';
const appDetail = params.get('lod') === 'app';
const seeded = <T>(seed: number, run: () => T): T =>
  seedParam === 'none' ? run() : withSeededRandom(Number(seedParam) * seed, run);
const container = document.getElementById('cy')!;
for (const [param, prop] of [
  ['w', 'width'],
  ['h', 'height'],
] as const) {
  const px = Number(params.get(param));
  if (px > 0) container.style[prop] = `${px}px`;
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

async function main(): Promise<void> {
  const graphId = graphPath.replace(/\/graph\.json$/, '');
  const [graphText, positionsText] = await Promise.all([
    fetchText(`graph-data/${graphPath}`),
    mode === 'given'
      ? fetchText(`positions/${graphId}${view === 'all' ? '.all' : ''}.json`)
      : Promise.resolve(undefined),
  ]);
  const model = buildModel(JSON.parse(graphText) as GraphFile);
  const given = new Map<string, Point>(
    positionsText ? Object.entries(JSON.parse(positionsText) as Record<string, Point>) : [],
  );
  let expanded = startExpanded(model);
  if (view === 'all') expanded = applyOp(model, expanded, { op: 'all' });
  const lang = 'zh';
  performance.mark('ref:data');

  const cy = cytoscape({
    container,
    style: canvasStyle(readCanvasTokens()),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autoungrabify: true,
    selectionType: 'single',
    // The webgl option is in cytoscape 3.31+, not yet in its type definitions.
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  if (webgl) {
    // cytoscape 3.35's WebGL render does not emit `render` (its canvas render does, at its end); emit it the
    // same way so the marks below work with both renderers.
    const r = (cy as unknown as { renderer(): { render(...args: unknown[]): unknown } }).renderer();
    const render = r.render;
    r.render = function (this: unknown, ...args: unknown[]) {
      const out = render.apply(this, args);
      cy.emit('render');
      return out;
    };
  }
  const ink = readCanvasTokens().badgeInk;
  cy.batch(() => cy.add(viewElements(model, expanded, lang, ink, given)));
  if (mode === 'fcose') {
    const options = appLayout
      ? { ...APP_FCOSE_OPTIONS, randomize: true, quality: 'default' }
      : { name: 'fcose', animate: false, fit: false, randomize: true };
    performance.mark('ref:layout-start');
    seeded(1, () => cy.layout(options as cytoscape.LayoutOptions).run());
    performance.mark('ref:layout-end');
  }
  const zoom = Number(params.get('zoom'));
  const pan = { x: Number(params.get('px')), y: Number(params.get('py')) };
  if (mode === 'given' && zoom > 0 && Number.isFinite(pan.x) && Number.isFinite(pan.y))
    cy.viewport({ zoom, pan });
  else cy.fit(undefined, 40);
  if (appDetail) {
    // As the app's canvas does (canvas-events.ts, canvas-controller.ts): decided 200 ms after zooming pauses.
    let far = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const detail = () => {
      const next = wantsFar(cy.nodes().length, cy.zoom(), far);
      if (next !== far) cy.elements().toggleClass('far', (far = next));
    };
    detail();
    cy.on('zoom', () => {
      clearTimeout(timer);
      timer = setTimeout(detail, 200);
    });
  }
  performance.mark('ref:drawn');
  cy.one('render', () => performance.mark('ref:first-render'));

  let steps = 0;
  const step = (op: ViewOp): boolean => {
    const current = new Map<string, Point>(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const plan = expandPlan(model, expanded, op, lang, ink, current);
    expanded = plan.expanded;
    if (!plan.added.length) return false;
    const fixedNodeConstraint = [...current].map(([nodeId, position]) => ({ nodeId, position }));
    cy.batch(() => {
      for (const u of plan.updated) cy.getElementById(u.id).data(u.data);
      cy.add(plan.added);
    });
    steps += 1;
    seeded(1 + steps, () =>
      cy
        .layout({
          name: 'fcose',
          quality: 'default',
          randomize: false,
          animate: false,
          fit: false,
          fixedNodeConstraint,
        } as cytoscape.LayoutOptions)
        .run(),
    );
    cy.one('render', () => performance.mark('ref:settled'));
    return true;
  };

  window.__ref = {
    mode,
    expand: (id) => step({ op: 'expand', id }),
    expandAll: () => step({ op: 'all' }),
    positions: () => Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
  };
}

main().catch((error: unknown) => {
  // The runner reads this mark (and the page error) to report the failure instead of waiting for a render.
  performance.mark('ref:failed', { detail: String(error) });
  throw error;
});
