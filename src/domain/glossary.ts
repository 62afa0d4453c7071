import { z } from 'zod';
import type { GraphFile } from './schema';

/**
 * A graph's glossary: one English term for each recurring Chinese term (graph-data/<graph>/glossary.json).
 * `npm run graph:check` holds every label, summary, figure and tour caption to it:
 *
 * - where a Chinese text has one of a term's forms, the paired English text has the term;
 * - where an English text has the term, the Chinese text of the same node (or tour step) has one of its forms,
 *   so an English term names one Chinese term only;
 * - no English text uses one of the term's `avoid` renderings.
 *
 * Matching ignores quotation marks and case, and treats hyphens and dashes as spaces ('Six new' = “six new”,
 * county-to-district = county to district). A term with `matchCase` must match letter for letter apart from the
 * case of its first letter (a sentence may start with it): 'Six New' is not “six new”. Chinese forms keep their
 * quotation marks (“五区” is not the 五区 of a list), with ‘’ and 「」 read as “”.
 */
export const GlossaryTerm = z.strictObject({
  zh: z
    .array(z.string().trim().min(1).max(40))
    .min(1)
    .describe('The Chinese term in each form the texts write it: “特”“优”, ‘特’和‘优’, 特优.'),
  en: z.string().trim().min(1).max(80).describe('The one English rendering of the term.'),
  avoid: z
    .array(z.string().trim().min(1).max(80))
    .optional()
    .describe('Other renderings no English text may use (case does not matter).'),
  matchCase: z
    .boolean()
    .optional()
    .describe(
      'The term must match letter for letter in case too (except its first letter): “six new”, not “Six New”.',
    ),
  note: z.string().trim().min(1).max(400).optional().describe('Why this rendering, for the next author.'),
});

export const GlossaryFile = z.strictObject({
  $schema: z.string().optional(),
  terms: z.array(GlossaryTerm).min(1),
});

export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type GlossaryFile = z.infer<typeof GlossaryFile>;

/** What the glossary check reads of a tour (the shape of a tour file). */
export interface GlossaryTour {
  id: string;
  title: { zh: string; en: string };
  steps: readonly { caption: { zh: string; en: string } }[];
}

export type GlossaryRule = 'missing-term' | 'foreign-term' | 'avoided-rendering';

export interface GlossaryProblem {
  /** The file that holds the text: graph.json or tours/<id>.json. */
  file: string;
  /** JSON path of the English text, e.g. `nodes[41].summary.en`. */
  path: string;
  /** `node <id>` or `tour <id> step <n>` (1-based), for people. */
  where: string;
  /** label, summary, figure, title or caption. */
  field: string;
  rule: GlossaryRule;
  /** The glossary's English term. */
  term: string;
  /** The Chinese forms of the term. */
  zh: readonly string[];
  /** For `avoided-rendering`: the rendering found. */
  found?: string;
}

/** One zh/en pair of texts and where it is. */
interface TextPair {
  file: string;
  path: string;
  where: string;
  field: string;
  zh: string;
  en: string;
  /** Every Chinese text of the same node or step: the reverse rule looks here. */
  zhContext: string;
}

const QUOTES_EN = /[‘’“”"'`«»「」『』]/g;
const DASHES = /[-‐‑‒–—]/g;

export function normaliseEn(text: string): string {
  return text.normalize('NFKC').replace(QUOTES_EN, '').replace(DASHES, ' ').replace(/\s+/g, ' ').trim();
}

export function normaliseZh(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘「『]/g, '“')
    .replace(/[’」』]/g, '”')
    .replace(/\s+/g, '');
}

/** The term is in the text: ignoring case, or with `matchCase` letter for letter except its first letter. */
export function hasTerm(text: string, term: string, matchCase = false): boolean {
  const t = normaliseEn(term);
  const n = normaliseEn(text);
  if (!t) return false;
  if (!matchCase) return n.toLowerCase().includes(t.toLowerCase());
  const first = t[0]!;
  const flipped = (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + t.slice(1);
  return n.includes(t) || n.includes(flipped);
}

const hasLoosely = (text: string, phrase: string) =>
  normaliseEn(text).toLowerCase().includes(normaliseEn(phrase).toLowerCase());

const hasForm = (zh: string, forms: readonly string[]) => {
  const n = normaliseZh(zh);
  return forms.some((f) => n.includes(normaliseZh(f)));
};

function graphPairs(graph: GraphFile, file: string): TextPair[] {
  const out: TextPair[] = [];
  graph.nodes.forEach((node, i) => {
    const zhContext = [
      node.label.zh,
      node.summary.zh,
      ...(node.aliases ?? []),
      ...(node.figures ?? []).map((f) => f.what.zh),
    ].join('\n');
    const where = `node ${node.id}`;
    const at = (path: string, field: string, pair: { zh: string; en: string }) =>
      out.push({ file, path, where, field, zh: pair.zh, en: pair.en, zhContext });
    at(`nodes[${i}].label.en`, 'label', node.label);
    at(`nodes[${i}].summary.en`, 'summary', node.summary);
    (node.figures ?? []).forEach((f, j) => at(`nodes[${i}].figures[${j}].what.en`, 'figure', f.what));
  });
  out.push({
    file,
    path: 'meta.title.en',
    where: 'graph title',
    field: 'title',
    ...graph.meta.title,
    zhContext: graph.meta.title.zh,
  });
  return out;
}

function tourPairs(tour: GlossaryTour, file: string): TextPair[] {
  const out: TextPair[] = [
    {
      file,
      path: 'title.en',
      where: `tour ${tour.id}`,
      field: 'title',
      ...tour.title,
      zhContext: tour.title.zh,
    },
  ];
  tour.steps.forEach((step, i) =>
    out.push({
      file,
      path: `steps[${i}].caption.en`,
      where: `tour ${tour.id} step ${i + 1}`,
      field: 'caption',
      ...step.caption,
      zhContext: step.caption.zh,
    }),
  );
  return out;
}

export interface GlossaryInput {
  glossary: GlossaryFile;
  graph: GraphFile;
  /** File name shown for the graph's texts, e.g. `graph-data/taigu-2021/graph.json`. */
  graphFile: string;
  tours?: readonly { tour: GlossaryTour; file: string }[];
}

/** Pure: every text of the graph and its tours that breaks the glossary, in file order. */
export function checkGlossary(input: GlossaryInput): GlossaryProblem[] {
  const pairs = [
    ...graphPairs(input.graph, input.graphFile),
    ...(input.tours ?? []).flatMap((t) => tourPairs(t.tour, t.file)),
  ];
  const problems: GlossaryProblem[] = [];
  for (const pair of pairs) {
    const base = { file: pair.file, path: pair.path, where: pair.where, field: pair.field };
    for (const term of input.glossary.terms) {
      const about = { term: term.en, zh: term.zh };
      if (hasForm(pair.zh, term.zh) && !hasTerm(pair.en, term.en, term.matchCase))
        problems.push({ ...base, ...about, rule: 'missing-term' });
      if (hasLoosely(pair.en, term.en) && !hasForm(pair.zhContext, term.zh))
        problems.push({ ...base, ...about, rule: 'foreign-term' });
      for (const bad of term.avoid ?? [])
        if (hasLoosely(pair.en, bad))
          problems.push({ ...base, ...about, rule: 'avoided-rendering', found: bad });
    }
  }
  return problems;
}

/** One line for a person: where, what is wrong, what to write. */
export function formatGlossaryProblem(p: GlossaryProblem): string {
  const zh = p.zh.join(' / ');
  const at = `${p.file} · ${p.path} (${p.where}, ${p.field})`;
  switch (p.rule) {
    case 'missing-term':
      return `${at}: the Chinese says ${zh}; the English should say “${p.term}” (glossary).`;
    case 'foreign-term':
      return `${at}: “${p.term}” is the glossary's English for ${zh}, which the Chinese of this ${p.where.startsWith('tour') ? 'step' : 'node'} does not say; use another word.`;
    case 'avoided-rendering':
      return `${at}: “${p.found}” renders ${zh} another way; the glossary says “${p.term}”.`;
  }
}
