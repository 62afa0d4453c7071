import { readFileSync } from 'node:fs';
import { buildModel, type GraphModel } from '../../src/domain/graph-model';
import type { GraphFile } from '../../src/domain/schema';
import { siblingOrder, type SiblingOrder } from '../../src/view/sibling-order';
import type { ViewOp } from '../../src/view/view-ops';
import { DEFAULT_SHAPE, generateGraph } from '../lib/generate-graph';
import { shownElements, timeEngineStep, timeReference, type ReferenceLayout } from '../lib/layout-timings';
import type { Recorder, RowDef, Section, SeriesDef } from '../lib/results';
import type { Measurement } from './measurement';

export const HIER_SECTION = 'hier-layouts';
const TAIGU = 'graph-data/taigu-2021';
const BRANCH = 'goal-agri-hi-tech-zone';
const LAYOUTS = ['radial', 'tree'] as const;
const REFERENCES: readonly ReferenceLayout[] = ['fcose', 'breadthfirst'];
export const SKIPPED_QUICK_FCOSE = 'skipped (quick)';

interface Case {
  id: string;
  title: string;
  ops: ViewOp[];
  /** A generated graph's size (its samples are capped like the browser rows of generated graphs). */
  generated?: number;
  load(): { model: GraphModel; order: SiblingOrder };
}

export interface HierOptions {
  /** Generated graph sizes (bench --sizes). */
  sizes: readonly number[];
  /** Samples per generated graph. */
  generatedRuns: number;
  /** In --quick, plain fcose only below this many nodes (it takes half a minute at 5,000). */
  quickSlowBelow: number;
}

function cases(sizes: readonly number[]): Case[] {
  let taigu: { model: GraphModel; order: SiblingOrder } | undefined;
  const loadTaigu = () => {
    if (!taigu) {
      const model = buildModel(JSON.parse(readFileSync(`${TAIGU}/graph.json`, 'utf8')) as GraphFile);
      taigu = { model, order: siblingOrder(model, readFileSync(`${TAIGU}/source.txt`, 'utf8')) };
    }
    return taigu;
  };
  const generated = new Map<number, { model: GraphModel; order: SiblingOrder }>();
  return [
    {
      id: 'taigu-branch',
      title: `Taigu, expand ${BRANCH}`,
      ops: [{ op: 'expand', id: BRANCH }],
      load: loadTaigu,
    },
    { id: 'taigu-all', title: 'Taigu, expand all', ops: [{ op: 'all' }], load: loadTaigu },
    ...sizes.map((n) => ({
      id: `gen${n}-all`,
      title: `generated ${n.toLocaleString('en-US')}, everything open`,
      ops: [{ op: 'all' } as ViewOp],
      generated: n,
      load: () => {
        if (!generated.has(n)) {
          const { graph, sourceText } = generateGraph({ ...DEFAULT_SHAPE, nodes: n });
          const model = buildModel(graph);
          generated.set(n, { model, order: siblingOrder(model, sourceText) });
        }
        return generated.get(n)!;
      },
    })),
  ];
}

/**
 * The hierarchical layouts (`radial`, `tree`) in the app's layout engine, in Node, against cytoscape's plain
 * fcose and built-in breadthfirst on the same shown set, in the same run: Taigu expand a branch, Taigu expand
 * all, and each generated graph with everything open. The engine's time is its step from the start view (a
 * fresh engine; the tidy layout of the whole shown set and its rigid motion); the references lay the shown set
 * out from scratch. No browser, no build.
 */
export function hierLayoutsMeasurement(options: HierOptions): Measurement & {
  section: Section;
  runNode(record: Recorder, quick: boolean): void;
} {
  const list = cases(options.sizes);
  const series: SeriesDef[] = list.flatMap((c) => [
    ...LAYOUTS.map((l) => ({
      id: `node.${c.id}.${l}`,
      side: 'app' as const,
      unit: 'ms' as const,
      what: `HierarchyEngine('${l}').positionsFor(${JSON.stringify(c.ops)}) after the start view, in Node`,
    })),
    ...REFERENCES.map((r) => ({
      id: `ref.${c.id}.${r}`,
      side: 'reference' as const,
      unit: 'ms' as const,
      what:
        r === 'fcose'
          ? 'plain fcose (app forces, randomize, default quality, seeded) of the same shown set, headless, in Node'
          : 'cytoscape breadthfirst (shown roots, undirected, avoidOverlap) of the same shown set, headless, in Node',
    })),
  ]);
  const rows: RowDef[] = list.flatMap((c) =>
    REFERENCES.flatMap((r) =>
      LAYOUTS.map((l) => ({
        id: `${HIER_SECTION}.${c.id}.${l}-${r}`,
        section: HIER_SECTION,
        title: `${c.title}: ${l} vs ${r}`,
        app: `node.${c.id}.${l}`,
        reference: `ref.${c.id}.${r}`,
      })),
    ),
  );

  const runNode = (record: Recorder, quick: boolean) => {
    for (const c of list) {
      const samples = record.of(`node.${c.id}.radial`).length;
      if (c.generated && samples >= options.generatedRuns) continue;
      const { model, order } = c.load();
      const elements = shownElements(model, c.ops);
      for (const l of LAYOUTS) {
        const { ms, nodes } = timeEngineStep(model, l, c.ops, order);
        if (nodes !== elements.filter((e) => e.group === 'nodes').length)
          throw new Error(`${c.id}: ${l} placed ${nodes} nodes`);
        record.add(`node.${c.id}.${l}`, ms);
      }
      for (const r of REFERENCES) {
        if (r === 'fcose' && quick && (c.generated ?? 0) >= options.quickSlowBelow) {
          record.skip(`ref.${c.id}.${r}`, SKIPPED_QUICK_FCOSE);
          continue;
        }
        record.add(`ref.${c.id}.${r}`, timeReference(model, elements, r).ms);
      }
    }
  };

  return {
    id: HIER_SECTION,
    series,
    rows,
    section: {
      id: HIER_SECTION,
      title: 'hierarchical layouts in Node: the layout engine vs cytoscape on the same shown set',
      about: [
        'engine: a fresh engine at the start view, then the timed step; references: one layout from scratch',
        `generated graphs: ${options.generatedRuns} sample(s) each; plain fcose from ${options.quickSlowBelow.toLocaleString('en-US')} nodes not in --quick`,
      ],
    },
    async run(ctx, record) {
      runNode(record, ctx.quick);
    },
    runNode,
  };
}
