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
 * Marks `ref:data` when the data is parsed, `ref:drawn` when the elements are in (and laid out),
 * `ref:first-render` on the first render, and `ref:settled` on the render after each expand.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import '../../src/styles/tokens.css';
import { canvasStyle } from '../../src/canvas/canvas-style';
import type { Point } from '../../src/canvas/layout/layout-engine';
import { withSeededRandom } from '../../src/canvas/layout/seeded-random';
import { readCanvasTokens } from '../../src/canvas/theme-tokens';
import { buildModel } from '../../src/domain/graph-model';
import type { GraphFile } from '../../src/domain/schema';
import { startExpanded, type ViewOp } from '../../src/view/view-ops';
import { expandPlan, viewElements } from './ref-graph';

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
    mode === 'given' ? fetchText(`positions/${graphId}.json`) : Promise.resolve(undefined),
  ]);
  const model = buildModel(JSON.parse(graphText) as GraphFile);
  const given = new Map<string, Point>(
    positionsText ? Object.entries(JSON.parse(positionsText) as Record<string, Point>) : [],
  );
  let expanded = startExpanded(model);
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
  });
  const ink = readCanvasTokens().badgeInk;
  cy.batch(() => cy.add(viewElements(model, expanded, lang, ink, given)));
  if (mode === 'fcose')
    seeded(1, () =>
      cy
        .layout({ name: 'fcose', animate: false, fit: false, randomize: true } as cytoscape.LayoutOptions)
        .run(),
    );
  const zoom = Number(params.get('zoom'));
  const pan = { x: Number(params.get('px')), y: Number(params.get('py')) };
  if (mode === 'given' && zoom > 0 && Number.isFinite(pan.x) && Number.isFinite(pan.y))
    cy.viewport({ zoom, pan });
  else cy.fit(undefined, 40);
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
