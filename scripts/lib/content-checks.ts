import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent, formatContentProblem } from '../../src/domain/content-rules';
import { checkCaptionReadings } from '../../src/domain/content-readings';
import { checkGlossary, formatGlossaryProblem, GlossaryFile } from '../../src/domain/glossary';
import { jsonPath } from '../../src/domain/problems';
import type { LoadedGraph } from './graph-dir';

export const GLOSSARY_FILE = 'glossary.json';

export interface ContentCheckResult {
  /** Terms in the graph's glossary; undefined when the graph has none. */
  glossaryTerms?: number;
  /** One line per problem: file, JSON path, where (node id or tour step), field and what to do. */
  problems: string[];
}

/**
 * The checks beyond validity, for `npm run graph:check`: the content rules (src/domain/content-rules.ts) and,
 * when the graph has a `glossary.json` beside it, the glossary (src/domain/glossary.ts) over the graph and its
 * tours.
 */
export function checkGraphContent(loaded: LoadedGraph, cwd = process.cwd()): ContentCheckResult {
  const shown = (p: string) => relative(cwd, p) || p;
  const graphFile = shown(join(loaded.dir, 'graph.json'));
  const tourFile = (id: string) => shown(join(loaded.dir, 'tours', `${id}.json`));
  const problems = [
    ...checkContent(loaded.graph, loaded.sourceText).map((p) => formatContentProblem(graphFile, p)),
    ...(loaded.tours ?? []).flatMap((tour) =>
      checkCaptionReadings(tour.steps).map(
        (p) =>
          `${tourFile(tour.id)} · steps[${p.step}].caption (tour ${tour.id} step ${p.step + 1}) [reading-unmarked]: ${p.detail}.`,
      ),
    ),
  ];
  const glossaryPath = join(loaded.dir, GLOSSARY_FILE);
  if (!existsSync(glossaryPath)) return { problems };
  const file = shown(glossaryPath);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(glossaryPath, 'utf8'));
  } catch (e) {
    return { problems: [...problems, `${file}: not valid JSON (${(e as Error).message}).`] };
  }
  const parsed = GlossaryFile.safeParse(json);
  if (!parsed.success)
    return {
      problems: [
        ...problems,
        ...parsed.error.issues.map((i) => `${file} · ${jsonPath(i.path) || '(file)'}: ${i.message}.`),
      ],
    };
  const tours = (loaded.tours ?? []).map((tour) => ({ tour, file: tourFile(tour.id) }));
  const glossaryProblems = checkGlossary({ glossary: parsed.data, graph: loaded.graph, graphFile, tours });
  return {
    glossaryTerms: parsed.data.terms.length,
    problems: [...problems, ...glossaryProblems.map(formatGlossaryProblem)],
  };
}
