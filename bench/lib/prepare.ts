import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel, type GraphModel } from '../../src/domain/graph-model';
import { readGraphText } from '../../src/domain/read-graph';
import { GraphIndex } from '../../src/domain/schema';
import { applyOp, shownNodes, startExpanded } from '../../src/view/view-ops';
import { describeShape, generateGraph, type GraphShape, type ShapeReport } from './generate-graph';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(REPO, 'dist');
/** Everything the runner serves: app/ (a copy of dist/) and reference/ (the reference page and its data). */
export const BUILD = join(REPO, 'bench', '.build');
export const APP_DIR = join(BUILD, 'app');
export const REFERENCE_DIR = join(BUILD, 'reference');

/** Runs `npm run build` when dist/ has no app or when asked to; returns whether it built. */
export function ensureAppBuild(force: boolean): boolean {
  if (!force && existsSync(join(DIST, 'index.html'))) return false;
  console.log('» npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status ?? r.signal})`);
  return true;
}

/** The files a built index.html loads (./assets/…), which must all be there for a copy to be whole. */
export function referencedAssets(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
}

function wholeBuild(dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index) || !existsSync(join(dir, 'graph-data', 'index.json'))) return false;
  return referencedAssets(readFileSync(index, 'utf8')).every((a) => existsSync(join(dir, a)));
}

/**
 * Copies dist/ to bench/.build/app/ so a rebuild by someone else during the run cannot break it; retries
 * when the copy caught dist/ half written. Returns when dist/index.html was written.
 */
export async function snapshotDist(): Promise<string> {
  const tmp = `${APP_DIR}.tmp`;
  for (let attempt = 1; attempt <= 5; attempt++) {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(BUILD, { recursive: true });
    try {
      const builtAt = statSync(join(DIST, 'index.html')).mtime.toISOString();
      cpSync(DIST, tmp, { recursive: true, filter: (src) => !src.endsWith('.map') });
      if (wholeBuild(tmp)) {
        rmSync(APP_DIR, { recursive: true, force: true });
        renameSync(tmp, APP_DIR);
        return builtAt;
      }
    } catch {
      // dist/ changed under the copy; try again.
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error('could not take a whole copy of dist/ (is a build running?); try again or pass --build');
}

/** Builds bench/reference/ with bench/vite.reference.config.ts into bench/.build/reference/. */
export async function buildReference(): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: join(REPO, 'bench', 'vite.reference.config.ts'),
    configLoader: 'runner',
    logLevel: 'warn',
  });
}

export interface PreparedGraph {
  /** Path under graph-data/, e.g. taigu-2021/graph.json */
  path: string;
  model: GraphModel;
  edges: number;
  startViewNodes: number;
  smallBranch: { id: string; shownAfter: number };
  allShownAfter: number;
}

/**
 * Gives the reference page the app's data (graph-data/ copied from the app build) and works out what each
 * view should show. The start view's positions come from the app itself later (writeGivenPositions).
 */
export function prepareReferenceData(preferredBranch: string): PreparedGraph {
  const data = join(APP_DIR, 'graph-data');
  cpSync(data, join(REFERENCE_DIR, 'graph-data'), { recursive: true });
  const index = GraphIndex.parse(JSON.parse(readFileSync(join(data, 'index.json'), 'utf8')));
  const entry = index.graphs.find((g) => g.id === index.default) ?? index.graphs[0];
  if (!entry) throw new Error('graph-data/index.json lists no graph');
  const file = join(data, entry.path);
  const result = readGraphText(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(`${entry.path} is invalid: ${JSON.stringify(result.problems[0])}`);
  const model = buildModel(result.graph);

  const start = startExpanded(model);
  const shown = (ids: Set<string>) => shownNodes(model, ids).length;
  const branch = pickBranch(model, start, preferredBranch);
  return {
    path: entry.path,
    model,
    edges: result.graph.edges.length,
    startViewNodes: shown(start),
    smallBranch: { id: branch, shownAfter: shown(applyOp(model, start, { op: 'expand', id: branch })) },
    allShownAfter: shown(applyOp(model, start, { op: 'all' })),
  };
}

/** The preferred node when the start view shows it collapsed, else the first shown node with hidden children. */
export function pickBranch(model: GraphModel, start: ReadonlySet<string>, preferred: string): string {
  const shown = shownNodes(model, start);
  const collapsed = (id: string) => !start.has(id) && (model.children.get(id)?.length ?? 0) > 0;
  if (shown.includes(preferred) && collapsed(preferred)) return preferred;
  const other = shown.find(collapsed);
  if (!other) throw new Error('the start view has no collapsed node to expand');
  return other;
}

/**
 * The start view's positions as the app build draws them (its LayoutEngine's, read from the page), which
 * the reference's `positions=given` draws: taken from the build under test, they match it even when src/
 * has changed since dist/ was built.
 */
export function writeGivenPositions(
  graphPath: string,
  positions: Record<string, { x: number; y: number }>,
  view: 'start' | 'all' = 'start',
): void {
  const id = graphPath.replace(/\/graph\.json$/, '');
  const out = join(REFERENCE_DIR, 'positions', `${id}${view === 'all' ? '.all' : ''}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(positions));
}

/** The newest file under src/ and graph-data/ when it is newer than the app build, else undefined. */
export function newerSources(builtAt: string): string | undefined {
  const built = new Date(builtAt).getTime();
  let newest: { file: string; at: number } | undefined;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const at = statSync(path).mtime.getTime();
        if (at > built && (!newest || at > newest.at)) newest = { file: path, at };
      }
    }
  };
  for (const dir of ['src', 'graph-data']) walk(join(REPO, dir));
  return newest && relative(REPO, newest.file);
}

export interface GeneratedGraph {
  /** Path under the app build and under the reference's graph-data/, e.g. gen/n5000/graph.json */
  path: string;
  shape: GraphShape;
  report: ShapeReport;
  startViewNodes: number;
}

/**
 * Writes a generated graph and its source text into the served app build (opened with `?graph=gen/…`, a
 * same-origin path) and into the reference's graph-data/. No start-layout.json: the app lays the start view
 * out itself, as it would for any graph opened by link.
 */
export function prepareGenerated(shape: GraphShape): GeneratedGraph {
  const { graph, sourceText } = generateGraph(shape);
  const path = `gen/n${shape.nodes}/graph.json`;
  for (const root of [APP_DIR, join(REFERENCE_DIR, 'graph-data')]) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(graph));
    writeFileSync(join(dirname(file), 'source.txt'), sourceText);
  }
  const model = buildModel(graph);
  return {
    path,
    shape,
    report: describeShape(graph),
    startViewNodes: shownNodes(model, startExpanded(model)).length,
  };
}
