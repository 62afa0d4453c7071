import type { ContentProblem } from './content-rules';
import type { GraphFile } from './schema';

/**
 * The content rules about readings and context notes: where the graph says more than the text, it says so, in both
 * languages, and quotes the sentence that falls short (content-rules.ts runs them with the others).
 */
/** The marks of a reading the graph offers where the text falls short: zh 应指/应即, en "most likely". */
export const READING_ZH = /应指|应即/;
export const READING_EN = /\bmost likely\b/i;
const CONTEXT_ZH = /背景：/;
const CONTEXT_EN = /\bContext:/;

/** Quoted spans of a text: “…” in Chinese; runs of Chinese in English. */
function quotedSpans(text: string, lang: 'zh' | 'en'): string[] {
  if (lang === 'zh') {
    const out: string[] = [];
    // Outermost “…”, allowing one level of nested quotes.
    const re = /“((?:[^“”]|“[^“”]*”)+)”/g;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]!);
    return out;
  }
  return text.match(/[\u3400-\u9fff“”‘’、，（）()]{4,}/g) ?? [];
}

const sameQuotes = (s: string) => s.replace(/[‘“「『]/g, '“').replace(/[’”」』]/g, '”');

/**
 * Readings: where the text falls short the graph may offer a reading, marked in both languages (应指 / most
 * likely), and the note quotes the sentence that falls short (a passage of the source, verbatim).
 */
export function readingRules(graph: GraphFile, paragraphs: readonly string[]): ContentProblem[] {
  const out: ContentProblem[] = [];
  const source = sameQuotes(paragraphs.join('\n'));
  const inSource = (span: string) =>
    span.replace(/[“”]/g, '').length >= 4 && source.includes(sameQuotes(span));
  graph.nodes.forEach((n, i) => {
    const zh = READING_ZH.test(n.summary.zh);
    const en = READING_EN.test(n.summary.en);
    const path = `nodes[${i}].summary`;
    if (zh !== en)
      out.push({
        rule: 'reading-unmarked',
        path,
        where: n.id,
        detail: zh
          ? 'the Chinese marks a reading (应指) that the English states as fact (add "most likely")'
          : 'the English marks a reading ("most likely") that the Chinese states as fact (add 应指)',
      });
    for (const [lang, marked] of [
      ['zh', zh],
      ['en', en],
    ] as const)
      if (marked && !quotedSpans(n.summary[lang], lang).some(inSource))
        out.push({
          rule: 'reading-unquoted',
          path: `${path}.${lang}`,
          where: n.id,
          detail: 'a reading quotes the sentence of the source that falls short (verbatim, in Chinese)',
        });
  });
  return out;
}

/** Context notes come in pairs: 背景： in the Chinese exactly when Context: in the English. */
export function contextPairs(graph: GraphFile): ContentProblem[] {
  const out: ContentProblem[] = [];
  graph.nodes.forEach((n, i) => {
    const zh = CONTEXT_ZH.test(n.summary.zh);
    const en = CONTEXT_EN.test(n.summary.en);
    if (zh === en) return;
    out.push({
      rule: 'context-unpaired',
      path: `nodes[${i}].summary`,
      where: n.id,
      detail: zh
        ? 'the Chinese has a 背景： note, the English no Context: note'
        : 'the English has a Context: note, the Chinese no 背景： note',
    });
  });
  return out;
}

/** Captions of tours follow the reading rule too: marked in both languages or in neither. */
export function checkCaptionReadings(
  steps: readonly { caption: { zh: string; en: string } }[],
): { step: number; detail: string }[] {
  const out: { step: number; detail: string }[] = [];
  steps.forEach((s, i) => {
    const zh = READING_ZH.test(s.caption.zh);
    const en = READING_EN.test(s.caption.en);
    if (zh !== en)
      out.push({
        step: i,
        detail: zh
          ? 'the Chinese marks a reading the English states as fact'
          : 'the English marks a reading the Chinese states as fact',
      });
  });
  return out;
}
