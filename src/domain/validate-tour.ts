import { pathToRoot, type GraphModel } from './graph-model';
import { jsonPath, type Problem, type ProblemCode, type ProblemParams } from './problems';
import { parseJsonText } from './read-graph';
import { TourFile } from './tour-schema';
import { schemaParams } from './validate-graph';
import type { Tour } from './tour-schema';

export type TourResult = { ok: true; tour: Tour } | { ok: false; problems: Problem[] };

export interface TourOptions {
  /** File name shown in every problem, e.g. `graph-data/taigu-2021/tours/overview.json`. */
  file: string;
  /** The graph the tour walks through: every id must be one of its nodes. */
  model: GraphModel;
  /** The file's name without `.json`; the tour's id must equal it. Not checked when absent. */
  fileId?: string;
}

/**
 * Pure: checks a parsed tour against the schema and the graph, reporting every problem with its JSON path.
 * Rules: the schema (non-empty steps, short captions); every id is a node of the graph; the focus is shown by
 * the step (one of `reveal`, or on the path down to one of them); the file is named after the id.
 */
export function validateTour(input: unknown, options: TourOptions): TourResult {
  const problems: Problem[] = [];
  const add = (path: string, code: ProblemCode, params: ProblemParams = {}) =>
    problems.push({ file: options.file, path, code, params });
  const parsed = TourFile.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(jsonPath(issue.path), 'schema', schemaParams(issue));
    return { ok: false, problems };
  }
  const { model } = options;
  const file = parsed.data;
  if (options.fileId !== undefined && file.id !== options.fileId)
    add('id', 'tour-file-name', { id: file.id, name: `${options.fileId}.json` });
  file.steps.forEach((step, i) => {
    step.reveal.forEach((id, j) => {
      if (!model.nodes.has(id)) add(`steps[${i}].reveal[${j}]`, 'tour-unknown-node', { id });
    });
    if (!model.nodes.has(step.focus)) add(`steps[${i}].focus`, 'tour-unknown-node', { id: step.focus });
    else if (!shownBy(model, step.reveal).has(step.focus))
      add(`steps[${i}].focus`, 'tour-focus-hidden', { id: step.focus });
  });
  if (problems.length) return { ok: false, problems };
  const { $schema: _schema, ...tour } = file;
  return { ok: true, tour };
}

/** The nodes a step certainly shows: those it reveals and every node on the path down to them. */
function shownBy(model: GraphModel, reveal: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of reveal)
    if (model.nodes.has(id)) for (const a of [id, ...pathToRoot(model, id)]) out.add(a);
  return out;
}

/** A tour file's text: size, depth and syntax first (as for graphs), then every rule. */
export function readTourText(raw: string, options: TourOptions): TourResult {
  const json = parseJsonText(raw, options.file);
  return json.ok ? validateTour(json.value, options) : json;
}

export interface TourFileText {
  /** Shown in problems. */
  file: string;
  /** The file name without `.json`. */
  fileId: string;
  text: string;
}

/**
 * All tours of a graph: each file checked, ids unique across files. Sorted by where their first step's focus
 * is in the graph file (document order), so the overview (on the plan itself) comes first and the goals'
 * tours follow the goals' order; ties by id.
 */
export function readTourFiles(
  files: readonly TourFileText[],
  model: GraphModel,
): { tours: Tour[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const tours: Tour[] = [];
  const firstFile = new Map<string, string>();
  for (const f of files) {
    const result = readTourText(f.text, { file: f.file, model, fileId: f.fileId });
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const first = firstFile.get(result.tour.id);
    if (first !== undefined) {
      problems.push({
        file: f.file,
        path: 'id',
        code: 'tour-duplicate-id',
        params: { id: result.tour.id, first },
      });
      continue;
    }
    firstFile.set(result.tour.id, f.file);
    tours.push(result.tour);
  }
  return { tours: sortTours(tours, model), problems };
}

export function sortTours(tours: readonly Tour[], model: GraphModel): Tour[] {
  const position = new Map(model.order.map((id, i) => [id, i]));
  const rank = (t: Tour) => position.get(t.steps[0]?.focus ?? '') ?? Number.MAX_SAFE_INTEGER;
  return [...tours].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Tours as the app receives them (the build's tours.json): kept when valid for this graph, dropped otherwise.
 * The build already refuses invalid tours; this guards against a stale or hand-edited file on a server.
 */
export function toursFromJson(value: unknown, model: GraphModel): Tour[] {
  const list = (value as { tours?: unknown } | null)?.tours;
  if (!Array.isArray(list)) return [];
  const tours: Tour[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    const result = validateTour(item, { file: 'tours.json', model });
    if (result.ok && !seen.has(result.tour.id)) {
      seen.add(result.tour.id);
      tours.push(result.tour);
    }
  }
  return tours;
}
