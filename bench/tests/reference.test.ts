import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeData } from '../../src/canvas/elements';
import { buildModel } from '../../src/domain/graph-model';
import { readGraphText } from '../../src/domain/read-graph';
import { shownNodes, startExpanded } from '../../src/view/view-ops';
import { pickBranch, referencedAssets } from '../lib/prepare';
import { expandPlan, viewElements } from '../reference/ref-graph';

const file = 'graph-data/taigu-2021/graph.json';
const result = readGraphText(readFileSync(file, 'utf8'), file);
if (!result.ok) throw new Error(`${file} is invalid`);
const model = buildModel(result.graph);
const start = startExpanded(model);
const startIds = shownNodes(model, start);
const BRANCH = 'goal-agri-hi-tech-zone';
const nodesOf = (els: { group?: string; data: { id?: string } }[]) =>
  els.filter((e) => e.group === 'nodes').map((e) => e.data.id!);

describe('reference page view logic', () => {
  it('draws the start view’s nodes where it is told to, with edges between shown nodes only', () => {
    const at = new Map(startIds.map((id, i) => [id, { x: i * 10, y: -i }]));
    const els = viewElements(model, start, 'zh', '#fff', at);
    expect(nodesOf(els)).toEqual(startIds);
    const plan = els.find((e) => e.data.id === startIds[3])!;
    expect(plan.position).toEqual({ x: 30, y: -3 });
    const shown = new Set(startIds);
    for (const e of els.filter((x) => x.group === 'edges')) {
      expect(shown.has(e.data.source as string)).toBe(true);
      expect(shown.has(e.data.target as string)).toBe(true);
    }
  });

  it('adds a branch’s children at their parent, with their edges, and clears the parent’s badge', () => {
    const current = new Map(startIds.map((id, i) => [id, { x: i * 100, y: 0 }]));
    const parentAt = current.get(BRANCH)!;
    expect(
      viewElements(model, start, 'zh', '#fff', current).find((e) => e.data.id === BRANCH)!.data.hidden,
    ).toBe(model.children.get(BRANCH)!.length);
    const plan = expandPlan(model, start, { op: 'expand', id: BRANCH }, 'zh', '#fff', current);
    const added = nodesOf(plan.added);
    expect(added).toEqual(model.children.get(BRANCH));
    for (const el of plan.added.filter((e) => e.group === 'nodes')) {
      expect(Math.hypot(el.position!.x - parentAt.x, el.position!.y - parentAt.y)).toBeLessThan(1);
      expect(el.position).not.toEqual(parentAt);
    }
    const partOf = plan.added.filter((e) => e.group === 'edges' && e.data.target === BRANCH);
    expect(partOf.map((e) => e.data.source).sort()).toEqual([...added].sort());
    // The parent's data is what the app's canvas gives a node with no hidden children (its badge too).
    expect(plan.updated).toEqual([{ id: BRANCH, data: nodeData(model, BRANCH, 'zh', 0, '#fff') }]);
    expect(plan.expanded.has(BRANCH)).toBe(true);
  });

  it('adds nothing when the step shows nothing new', () => {
    const current = new Map(startIds.map((id) => [id, { x: 0, y: 0 }]));
    const plan = expandPlan(model, start, { op: 'expand', id: startIds[0]! }, 'zh', '#fff', current);
    expect(plan.added).toEqual([]);
    expect(plan.updated).toEqual([]);
  });

  it('expands everything at once, each new subtree starting at its nearest drawn ancestor', () => {
    const current = new Map(startIds.map((id, i) => [id, { x: i * 100, y: i * 50 }]));
    const plan = expandPlan(model, start, { op: 'all' }, 'zh', '#fff', current);
    expect(startIds.length + nodesOf(plan.added).length).toBe(model.nodes.size);
    let nested = 0;
    for (const el of plan.added.filter((e) => e.group === 'nodes')) {
      let anchor = model.parent.get(el.data.id!);
      let depth = 1;
      while (anchor !== undefined && !current.has(anchor))
        [anchor, depth] = [model.parent.get(anchor), depth + 1];
      const at = current.get(anchor!)!;
      expect(Math.hypot(el.position!.x - at.x, el.position!.y - at.y)).toBeLessThanOrEqual(
        0.5 * depth + 1e-9,
      );
      if (depth > 1) nested++;
    }
    expect(nested).toBeGreaterThan(0);
  });
});

describe('preparing a run', () => {
  it('finds the assets a built index.html loads', () => {
    const html =
      '<script type="module" crossorigin src="./assets/index-abc.js"></script>' +
      '<link rel="stylesheet" crossorigin href="./assets/index-def.css"><link rel="icon" href="data:,">';
    expect(referencedAssets(html)).toEqual(['assets/index-abc.js', 'assets/index-def.css']);
  });

  it('expands the preferred branch when the start view shows it collapsed, else the first collapsed one', () => {
    expect(pickBranch(model, start, BRANCH)).toBe(BRANCH);
    const fallback = pickBranch(model, start, 'no-such-node');
    expect(startIds).toContain(fallback);
    expect(start.has(fallback)).toBe(false);
    expect(model.children.get(fallback)!.length).toBeGreaterThan(0);
  });
});
