import type { Page } from '@playwright/test';
import { expect, openApp, settle, test } from './fixtures';

type P = { x: number; y: number };

/** Whether two convex outlines overlap by more than a pixel. */
function overlap(a: P[], b: P[]): boolean {
  for (const poly of [a, b])
    for (let i = 0; i < poly.length; i++) {
      const [p, q] = [poly[i]!, poly[(i + 1) % poly.length]!];
      const [nx, ny] = [q.y - p.y, p.x - q.x];
      const len = Math.hypot(nx, ny) || 1;
      const pr = (pts: P[]) => pts.map((r) => (r.x * nx + r.y * ny) / len);
      const [pa, pb] = [pr(a), pr(b)];
      if (Math.max(...pa) <= Math.min(...pb) + 1 || Math.max(...pb) <= Math.min(...pa) + 1) return false;
    }
  return true;
}

const cross = (a: P, b: P, c: P, d: P) => {
  const o = (p: P, q: P, r: P) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
};

interface Reading {
  /** Labels drawn per level rank, with the smallest drawn size. */
  levels: Record<number, { nodes: number; drawn: number; minPx: number }>;
  overlaps: string[];
  /** Pairs of part-of edges that cross, as drawn. */
  partOfCrossings: string[];
  /** Part-of edges pointing away from the root (radial) or rightward (tree), of all part-of edges. */
  pointing: number;
  partOfEdges: number;
}

/** What the picture on the canvas looks like now, read from the canvas as drawn. */
async function readPicture(page: Page, layout: 'radial' | 'tree'): Promise<Reading> {
  const { outlines, pos, pairs, paths } = await page.evaluate(() => {
    const { model } = window.__taigu!.store.getState();
    const pos = window.__taiguCanvas!.renderedPositions();
    const rootOf = (id: string) => {
      let at = id;
      for (let p = model!.parent.get(at); p !== undefined; p = model!.parent.get(at)) at = p;
      return at;
    };
    const pairs = Object.keys(pos).flatMap((id) => {
      const parent = model!.parent.get(id);
      return parent !== undefined && pos[parent] ? [[id, parent, rootOf(id)] as const] : [];
    });
    const paths: Record<string, P[]> = {};
    for (const e of Object.values(window.__taiguCanvas!.edgeStyles()))
      if (e.relation === 'part-of') paths[`${e.sourceId}>${e.targetId}`] = e.path;
    return { outlines: window.__taiguCanvas!.labelOutlines(), pos, pairs, paths };
  });
  const levels: Reading['levels'] = {};
  for (const o of Object.values(outlines)) {
    const l = (levels[o.level] ??= { nodes: 0, drawn: 0, minPx: Infinity });
    l.nodes++;
    if (o.drawn) {
      l.drawn++;
      l.minPx = Math.min(l.minPx, o.fontPx);
    }
  }
  const ids = Object.keys(outlines);
  const overlaps: string[] = [];
  for (const a of ids)
    for (const b of ids) {
      if (a === b || !outlines[a]!.drawn) continue;
      const la = outlines[a]!.label;
      if (overlap(la, outlines[b]!.shape)) overlaps.push(`${a} label / ${b} shape`);
      if (a < b && outlines[b]!.drawn && overlap(la, outlines[b]!.label)) overlaps.push(`${a} / ${b} labels`);
    }
  // Edges as drawn: straight, or the tree's elbows (their turns included).
  const segments = (c: string, p: string) => {
    const path = paths[`${c}>${p}`]!;
    return path.slice(1).map((b, k) => [path[k]!, b] as const);
  };
  const partOfCrossings: string[] = [];
  for (let i = 0; i < pairs.length; i++)
    for (let j = i + 1; j < pairs.length; j++) {
      const [c1, p1] = pairs[i]!;
      const [c2, p2] = pairs[j]!;
      if (new Set([c1, p1, c2, p2]).size < 4) continue;
      const s2 = segments(c2, p2);
      if (segments(c1, p1).some(([a, b]) => s2.some(([c, d]) => cross(a, b, c, d))))
        partOfCrossings.push(`${p1} → ${c1} / ${p2} → ${c2}`);
    }
  const r = (id: string, root: string) => Math.hypot(pos[id]!.x - pos[root]!.x, pos[id]!.y - pos[root]!.y);
  const pointing = pairs.filter(([c, p, root]) =>
    layout === 'tree' ? pos[c]!.x > pos[p]!.x : r(c, root) > r(p, root),
  ).length;
  return { levels, overlaps, partOfCrossings, pointing, partOfEdges: pairs.length };
}

test.use({ viewport: { width: 1920, height: 1080 } });

for (const layout of ['radial', 'tree'] as const)
  test(`${layout}, everything open and fitted at 1920×1080: no part-of crossings, no label over another label or a shape`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openApp(page, `?layout=${layout}&x=*`);
    await page.getByRole('button', { name: '适应窗口' }).click();
    await settle(page);
    const reading = await readPicture(page, layout);
    console.log(`${layout} fully open, fitted:`, JSON.stringify(reading.levels));
    expect(reading.partOfCrossings).toEqual([]);
    expect(reading.overlaps).toEqual([]);
    // Both fit the whole plan large enough to draw the top three levels at 11 px or more: the radial layout by
    // its rings, the tree by folding the plan into bands.
    for (const level of [1, 2, 3]) {
      const l = reading.levels[level]!;
      expect(l.drawn, `level ${level}`).toBe(l.nodes);
      expect(l.minPx, `level ${level}`).toBeGreaterThanOrEqual(11);
    }
    expect(reading.pointing).toBe(reading.partOfEdges);
  });

test('the start view (radial) at 1920×1080: the plan, its parts and their members all drawn at 11 px or more, none overlapping', async ({
  page,
}) => {
  await openApp(page);
  const reading = await readPicture(page, 'radial');
  console.log('start view:', JSON.stringify(reading.levels));
  for (const level of [1, 2, 3]) {
    const l = reading.levels[level]!;
    expect(l.drawn, `level ${level}`).toBe(l.nodes);
    expect(l.minPx, `level ${level}`).toBeGreaterThanOrEqual(11);
  }
  expect(reading.overlaps).toEqual([]);
  expect(reading.partOfCrossings).toEqual([]);
});

test('radial is laid out for the language shown: switching to English lays the plan out anew, larger, nothing overlapping', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page, '?x=*');
  const spread = () =>
    page.evaluate(() => {
      const { model } = window.__taigu!.store.getState();
      const pos = window.__taiguCanvas!.positions();
      const root = pos[model!.roots[0]!]!;
      return Math.max(...Object.values(pos).map((p) => Math.hypot(p.x - root.x, p.y - root.y)));
    });
  const zh = await spread();
  await page.getByRole('button', { name: 'English' }).click();
  await settle(page);
  const en = await spread();
  // English labels are longer: the rings make room for them.
  expect(en).toBeGreaterThan(zh * 1.15);
  await page.getByRole('button', { name: 'Fit to window' }).click();
  await settle(page);
  const reading = await readPicture(page, 'radial');
  expect(reading.overlaps).toEqual([]);
  // Drawn from the end of each member's label, one English edge crosses its neighbour's seven (noted in the README).
  test
    .info()
    .annotations.push({ type: 'part-of crossings', description: reading.partOfCrossings.join('; ') });
});
