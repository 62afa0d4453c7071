import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildModel } from '../../src/domain/graph-model';
import { readTourFiles } from '../../src/domain/validate-tour';
import type { Tour } from '../../src/domain/tour-schema';
import { GraphIndex } from '../../src/domain/schema';
import { parseJsonText, readGraphText } from '../../src/domain/read-graph';
import { jsonPath, type Problem } from '../../src/domain/problems';
import { schemaParams } from '../../src/domain/validate-graph';
import type { GraphFile } from '../../src/domain/schema';

export interface LoadedGraph {
  id: string;
  dir: string;
  graph: GraphFile;
  sourceText: string;
  /** The graph's tours (graph-data/<graph>/tours/*.json), validated and in document order. */
  tours?: Tour[];
}

export interface GraphDirResult {
  index?: GraphIndex;
  graphs: LoadedGraph[];
  problems: Problem[];
}

/** Reads and validates `graph-data/`: the index, every graph it lists and each graph's source text. */
export function loadGraphDir(root: string, cwd = process.cwd()): GraphDirResult {
  const shown = (p: string) => relative(cwd, p) || p;
  const indexFile = join(root, 'index.json');
  const problems: Problem[] = [];
  const indexJson = parseJsonText(readFileSync(indexFile, 'utf8'), shown(indexFile));
  if (!indexJson.ok) return { graphs: [], problems: indexJson.problems };
  const parsed = GraphIndex.safeParse(indexJson.value, { reportInput: true });
  if (!parsed.success) {
    const file = shown(indexFile);
    for (const issue of parsed.error.issues)
      problems.push({ file, path: jsonPath(issue.path), code: 'schema', params: schemaParams(issue) });
    return { graphs: [], problems };
  }
  const index = parsed.data;
  const graphs: LoadedGraph[] = [];
  for (const entry of index.graphs) {
    const graphFile = join(root, entry.path);
    const loaded = loadGraph(entry.id, graphFile, shown);
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    const tours = loadTours(loaded.graph, shown);
    problems.push(...tours.problems);
    graphs.push({ ...loaded.graph, tours: tours.tours });
  }
  if (!index.graphs.some((g) => g.id === index.default))
    problems.push({
      file: shown(indexFile),
      path: 'default',
      code: 'index-default-unknown',
      params: { id: index.default },
    });
  return { index, graphs, problems };
}

function loadGraph(
  id: string,
  graphFile: string,
  shown: (p: string) => string,
): { ok: true; graph: LoadedGraph } | { ok: false; problems: Problem[] } {
  if (!existsSync(graphFile))
    return {
      ok: false,
      problems: [
        { file: shown(graphFile), path: '', code: 'source-missing', params: { name: shown(graphFile) } },
      ],
    };
  const raw = readFileSync(graphFile, 'utf8');
  const firstPass = parseJsonText(raw, shown(graphFile));
  if (!firstPass.ok) return firstPass;
  const sourceName = sourceFileName(firstPass.value);
  const sourcePath = sourceName ? join(dirname(graphFile), sourceName) : undefined;
  const sourceText = sourcePath && existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : undefined;
  const result = readGraphText(raw, shown(graphFile), sourceText);
  const problems = result.ok ? [] : [...result.problems];
  if (sourceName && sourceText === undefined)
    problems.push({
      file: shown(graphFile),
      path: 'meta.source.file',
      code: 'source-missing',
      params: { name: sourceName },
    });
  if (!result.ok || problems.length) return { ok: false, problems };
  return {
    ok: true,
    graph: { id, dir: dirname(graphFile), graph: result.graph, sourceText: sourceText ?? '' },
  };
}

function sourceFileName(value: unknown): string | undefined {
  const file = (value as { meta?: { source?: { file?: unknown } } } | null)?.meta?.source?.file;
  return typeof file === 'string' && /^[\w.-]+\.txt$/.test(file) ? file : undefined;
}

/** Every `tours/*.json` next to a valid graph, checked against it. No folder means no tours. */
function loadTours(
  loaded: LoadedGraph,
  shown: (p: string) => string,
): { tours: Tour[]; problems: Problem[] } {
  const dir = join(loaded.dir, 'tours');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { tours: [], problems: [] };
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      file: shown(join(dir, name)),
      fileId: name.slice(0, -'.json'.length),
      text: readFileSync(join(dir, name), 'utf8'),
    }));
  return readTourFiles(files, buildModel(loaded.graph));
}
