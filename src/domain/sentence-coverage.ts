import type { Evidence } from './schema';

/** A sentence of a paragraph, as offsets into the paragraph's text. */
export interface SentenceSpan {
  start: number;
  end: number;
  covered: boolean;
}

export interface ParagraphSentences {
  paragraph: number;
  sentences: SentenceSpan[];
  /** Front matter (title, author lines) is shown but not counted. */
  counted: boolean;
}

export interface SentenceCoverage {
  paragraphs: ParagraphSentences[];
  sentences: number;
  uncovered: number;
  /** Counted paragraphs that no quote touches. */
  uncoveredParagraphs: number;
}

/** A sentence ends at 。！？；!? (with closing quotes or brackets after it) or at the paragraph's end. */
const SENTENCE = /[^。！？；!?]*(?:[。！？；!?]+[”’」』）)]*|$)/gu;

export function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    if (!m[0].trim()) continue;
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length });
  }
  return out;
}

/**
 * Which sentences no quote uses: a sentence counts as read when a quote of its paragraph overlaps it. The count
 * an author watches fall as they make nodes, and a reader's view of what the graph leaves out.
 */
export function sentenceCoverage(
  paragraphs: readonly string[],
  evidence: readonly Evidence[],
  frontMatter: readonly number[] = [],
): SentenceCoverage {
  const front = new Set(frontMatter);
  let sentences = 0;
  let uncovered = 0;
  let uncoveredParagraphs = 0;
  const rows = paragraphs.map((text, i): ParagraphSentences => {
    const ranges: [number, number][] = [];
    for (const ev of evidence) {
      if (ev.paragraph !== i + 1 || !ev.quote) continue;
      for (let at = text.indexOf(ev.quote); at >= 0; at = text.indexOf(ev.quote, at + 1))
        ranges.push([at, at + ev.quote.length]);
    }
    const spans = sentencesOf(text).map((s) => ({
      ...s,
      covered: ranges.some(([a, b]) => a < s.end && b > s.start),
    }));
    const counted = !front.has(i + 1);
    if (counted) {
      sentences += spans.length;
      uncovered += spans.filter((s) => !s.covered).length;
      if (ranges.length === 0) uncoveredParagraphs++;
    }
    return { paragraph: i + 1, sentences: spans, counted };
  });
  return { paragraphs: rows, sentences, uncovered, uncoveredParagraphs };
}
