import fc from 'fast-check';
import { describe, it } from 'vitest';
import { forestSource } from '../../src/canvas/layout/shown-forest';
import { buildModel } from '../../src/domain/graph-model';
import { LAYOUT_NAMES } from '../../src/domain/vocabulary';
import type { CanvasScale } from '../../src/view/positions';
import { siblingOrder } from '../../src/view/sibling-order';
import { taiguModel } from '../helpers/load';
import { checkLog, graphArb, linkKeepsPositions, linkOpsOf, opsOf } from './hierarchy-checks';
import { LAYOUT_RUNS as RUNS } from './run-counts';

const taigu = taiguModel();
const hierarchical = LAYOUT_NAMES.filter((name) => name !== 'network');

describe.each(hierarchical)('%s layout, any view log', (layout) => {
  it('on the Taigu graph: tidy up to a rigid motion, the named node still, no overlaps or crossings, edges outward', () => {
    const source = forestSource(taigu, 'screen', siblingOrder(taigu));
    fc.assert(
      fc.property(opsOf(taigu, 8), (ops) => checkLog(taigu, layout, ops, source)),
      { numRuns: RUNS.taigu, seed: 2021 },
    );
  }, 120_000);

  it('on generated plans of any shape, at both canvas scales', () => {
    fc.assert(
      fc.property(
        graphArb.chain((graph) =>
          fc.tuple(
            fc.constant(graph),
            opsOf(buildModel(graph)),
            fc.constantFrom<CanvasScale>('screen', 'kiosk'),
          ),
        ),
        ([graph, ops, scale]) => {
          const model = buildModel(graph);
          checkLog(model, layout, ops, forestSource(model, scale, siblingOrder(model)));
        },
      ),
      { numRuns: RUNS.generated, seed: 5000 },
    );
  }, 120_000);

  it('a link reproduces the positions: the log read back from it, normalised, lays out the same (Taigu)', () => {
    fc.assert(
      fc.property(linkOpsOf(taigu), (ops) => linkKeepsPositions(taigu, layout, ops)),
      { numRuns: RUNS.linkTaigu, seed: 2104 },
    );
  }, 120_000);

  it('a link reproduces the positions on generated plans', () => {
    fc.assert(
      fc.property(
        graphArb.chain((graph) => fc.tuple(fc.constant(graph), linkOpsOf(buildModel(graph)))),
        ([graph, ops]) => linkKeepsPositions(buildModel(graph), layout, ops),
      ),
      { numRuns: RUNS.linkGenerated, seed: 5104 },
    );
  }, 120_000);
});
