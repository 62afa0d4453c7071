import { describe, expect, it } from 'vitest';
import { readArgs } from '../lib/args';
import { shownElements } from '../lib/layout-timings';
import { formatTable } from '../lib/print';
import { Recorder, rowResults, seriesResults } from '../lib/results';
import { hierLayoutsMeasurement, HIER_SECTION } from '../measures/hier-layouts';
import { taiguModel } from '../../tests/helpers/load';

describe('hierarchical layout rows (Node)', () => {
  const hier = hierLayoutsMeasurement({ sizes: [1000, 5000], generatedRuns: 3, quickSlowBelow: 2000 });

  it('has, per case, radial and tree against plain fcose and breadthfirst, every row on known series', () => {
    expect(hier.rows).toHaveLength((2 + 2) * 4);
    expect(hier.rows.every((r) => r.section === HIER_SECTION)).toBe(true);
    const ids = new Set(hier.series.map((s) => s.id));
    for (const r of hier.rows) {
      expect(ids.has(r.app), r.app).toBe(true);
      expect(ids.has(r.reference!), r.reference).toBe(true);
    }
    const series = seriesResults(hier.series, new Recorder(ids));
    const table = formatTable({
      sections: [hier.section],
      rows: rowResults(hier.rows, series),
      failures: [],
    });
    expect(table).toContain('generated 5,000, everything open: tree vs breadthfirst');
  });

  it('gives the references the shown nodes with their part-of and supports edges', () => {
    const model = taiguModel();
    const elements = shownElements(model, [{ op: 'expand', id: 'goal-agri-hi-tech-zone' }]);
    const nodes = elements.filter((e) => e.group === 'nodes');
    const edges = elements.filter((e) => e.group === 'edges');
    expect(nodes.every((n) => n.data.w > 0 && n.data.h > 0)).toBe(true);
    const ids = new Set(nodes.map((n) => n.data.id));
    expect(edges.every((e) => ids.has(e.data.source) && ids.has(e.data.target))).toBe(true);
    expect(edges.filter((e) => e.data.id!.startsWith('p:'))).toHaveLength(nodes.length - model.roots.length);
  });

  it('runs alone with --layouts', () => {
    expect(readArgs(['--layouts', '--quick'])).toMatchObject({ layouts: true, quick: true });
    expect(readArgs([])).toMatchObject({ layouts: false });
  });
});
