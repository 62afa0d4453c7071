import { checkContent } from '../domain/content-rules';
import type { Problem } from '../domain/problems';
import type { GraphFile } from '../domain/schema';
import { validateGraph } from '../domain/validate-graph';

/** One line of the live check: a validity problem (worded per language) or a content rule's finding. */
export type DraftProblem =
  | { kind: 'valid'; problem: Problem }
  | { kind: 'content'; path: string; where: string; rule: string; detail: string };

/**
 * The same rules as `npm run graph:check`: the file's validity with its source text and, once it is valid, the
 * content rules. Pure; the editor runs it after every edit.
 */
export function checkDraft(graph: GraphFile, sourceText: string): DraftProblem[] {
  const result = validateGraph(graph, { file: 'graph.json', sourceText });
  if (!result.ok) return result.problems.map((problem) => ({ kind: 'valid', problem }));
  return checkContent(result.graph, sourceText).map((p) => ({ kind: 'content', ...p }));
}
