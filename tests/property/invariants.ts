/**
 * What every outcome of reading or validating a graph must look like, whatever the input was:
 * either `{ ok: true, graph }` that validates again to the same graph, or `{ ok: false, problems }` with at least
 * one problem, each with a string path that points into the input, a known code, and a non-empty message in
 * both languages. Shared by the property tests; throws on the first violation (plain checks rather than
 * expect: they run tens of thousands of times and expect costs more than the validation it checks).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Problem, ProblemCode } from '../../src/domain/problems';
import { MAX_JSON_DEPTH } from '../../src/domain/read-graph';
import type { GraphFile } from '../../src/domain/schema';
import type { GraphResult } from '../../src/domain/validate-graph';
import { formatProblem } from '../../src/i18n/problem-messages';
import { LANGS } from '../../src/i18n/lang';

/** Every problem code. A Record so that a new code fails type checking here until it is listed. */
const CODES: Record<ProblemCode, true> = {
  'file-too-large': true,
  'file-not-utf8': true,
  'json-syntax': true,
  'too-deep': true,
  'too-many-nodes': true,
  'too-many-edges': true,
  schema: true,
  'duplicate-id': true,
  'edge-unknown-node': true,
  'self-loop': true,
  'duplicate-edge': true,
  'two-parents': true,
  'part-of-cycle': true,
  'parentless-not-root': true,
  'root-has-parent': true,
  'root-unknown': true,
  'duplicate-root': true,
  'paragraph-out-of-range': true,
  'quote-not-in-source': true,
  'quote-in-other-paragraph': true,
  'source-missing': true,
  'index-default-unknown': true,
  'foreign-origin': true,
  'file-type-unknown': true,
  'text-encoding': true,
  'zip-unreadable': true,
  'unzipped-too-large': true,
  'sheet-missing': true,
  'sheet-twice': true,
  'sheet-too-many-rows': true,
  'csv-syntax': true,
  'column-unknown': true,
  'column-missing': true,
  'reference-unknown': true,
  'reference-ambiguous': true,
  'kind-unknown': true,
  'relation-unknown': true,
  'figure-format': true,
  'figure-unit': true,
  'paragraph-ambiguous': true,
  'paragraph-needs-source': true,
  'meta-key-unknown': true,
  'outline-line': true,
  'tour-unknown-node': true,
  'tour-focus-hidden': true,
  'tour-file-name': true,
  'tour-duplicate-id': true,
};
export const PROBLEM_CODES = Object.keys(CODES) as ProblemCode[];

/** Problems found before or while parsing: they describe the whole file, so their path is empty. */
const FILE_LEVEL: ReadonlySet<ProblemCode> = new Set([
  'file-too-large',
  'file-not-utf8',
  'json-syntax',
  'too-deep',
]);

/** Words a template prints when it was handed a parameter it does not have. */
const LEAKS = ['undefined', 'NaN', '[object Object]'];

export class InvariantError extends Error {
  override name = 'InvariantError';
}

export function ensure(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new InvariantError(typeof message === 'string' ? message : message());
}

const show = (value: unknown) => {
  try {
    return JSON.stringify(value)?.slice(0, 300) ?? String(value);
  } catch {
    return String(value);
  }
};

export function expectWellFormedProblem(problem: Problem, input?: unknown): void {
  const where = () => show(problem);
  ensure(typeof problem.file === 'string', () => `file is not a string: ${where()}`);
  ensure(typeof problem.path === 'string', () => `path is not a string: ${where()}`);
  ensure(Object.hasOwn(CODES, problem.code), () => `unknown code: ${where()}`);
  ensure(typeof problem.params === 'object' && problem.params !== null, () => `no params: ${where()}`);
  const values = Object.values(problem.params);
  for (const value of values)
    ensure(
      typeof value === 'string' || typeof value === 'number',
      () => `param not string/number: ${where()}`,
    );
  const paramText = values.map(String).join('\u0000') + problem.path;
  for (const lang of LANGS) {
    const text: unknown = formatProblem(problem, lang);
    ensure(typeof text === 'string' && text.trim().length > 0, () => `empty ${lang} message: ${where()}`);
    for (const leak of LEAKS)
      ensure(
        paramText.includes(leak) || !text.includes(leak),
        () => `${lang} message prints ${leak}: ${text} ${where()}`,
      );
  }
  if (FILE_LEVEL.has(problem.code))
    ensure(problem.path === '', () => `file-level problem with a path: ${where()}`);
  else if (input !== undefined) expectPathInside(input, problem.path);
}

/**
 * The outcome invariant. `input` is the parsed value that was validated (when there is one): problem paths
 * must lead into it. `revalidate` runs the same validation on the accepted graph.
 */
export function expectGraphResult(
  result: GraphResult,
  options: { input?: unknown; revalidate?: (graph: GraphFile) => GraphResult } = {},
): void {
  ensure(typeof result === 'object' && result !== null, 'no result object');
  const keys = Object.keys(result).join();
  if (result.ok === true) {
    ensure(keys === 'ok,graph', () => `accepted result has keys ${keys}`);
    ensure(typeof result.graph === 'object' && result.graph !== null, 'accepted without a graph');
    if (options.revalidate) {
      const again = options.revalidate(result.graph);
      ensure(again.ok, () => `an accepted graph is rejected when validated again: ${show(again)}`);
      ensure(isDeepStrictEqual(again.graph, result.graph), 'validating an accepted graph again changes it');
    }
    return;
  }
  ensure(result.ok === false, () => `ok is neither true nor false: ${show(result)}`);
  ensure(keys === 'ok,problems', () => `rejected result has keys ${keys}`);
  ensure(Array.isArray(result.problems) && result.problems.length >= 1, 'rejected without problems');
  for (const problem of result.problems) expectWellFormedProblem(problem, options.input);
}

/** Codes of a result's problems; [] when it was accepted. */
export const codesOf = (result: GraphResult): ProblemCode[] =>
  result.ok ? [] : result.problems.map((p) => p.code);

// --------------------------------------------------------------------------------------------- JSON paths

const SEGMENT = /([A-Za-z_$][\w$]*)|\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** `nodes[3].label.zh` → ['nodes', 3, 'label', 'zh']; the inverse of jsonPath in src/domain/problems.ts. */
export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const start = SEGMENT.lastIndex;
    const m = SEGMENT.exec(path);
    if (!m) throw new Error(`not a JSON path: ${JSON.stringify(path)} (at ${start})`);
    if (m[1] !== undefined) {
      if (start !== 0) throw new Error(`not a JSON path: ${JSON.stringify(path)}`);
      out.push(m[1]);
    } else if (m[2] !== undefined) out.push(m[2]);
    else if (m[3] !== undefined) out.push(Number(m[3]));
    else out.push(JSON.parse(m[4]!) as string);
  }
  return out;
}

const hasOwn = (value: unknown, key: string | number): boolean =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, key);

/**
 * A problem's path leads into the input: every segment but the last exists, and the last one exists too
 * or names a missing field of an object (a required field that is absent).
 */
export function expectPathInside(input: unknown, path: string): void {
  const segments = parsePath(path);
  let at: unknown = input;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (!hasOwn(at, segment)) {
      ensure(
        last && typeof at === 'object' && at !== null && !Array.isArray(at),
        () => `the path ${path} does not lead into the input`,
      );
      return;
    }
    at = (at as Record<string | number, unknown>)[segment];
  });
}

/** Depth of a parsed JSON value ([] and {} count 1), without recursion. */
export function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    max = Math.max(max, d + 1);
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

export const expectWithinDepthLimit = (value: unknown) =>
  ensure(jsonDepth(value) <= MAX_JSON_DEPTH, () => `accepted JSON nested ${jsonDepth(value)} deep`);

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).length;

/** Object.prototype stays clean whatever keys the inputs carried. */
export function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  ensure(probe.polluted === undefined, 'Object.prototype.polluted is set');
  ensure(Object.getOwnPropertyNames(Object.prototype).length === PROTOTYPE_NAMES, 'Object.prototype changed');
  ensure(Object.keys(Object.prototype).length === 0, 'Object.prototype has enumerable keys');
  ensure(Object.getPrototypeOf(probe) === Object.prototype, 'a new object has another prototype');
}
