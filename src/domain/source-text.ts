/** Normalises a source text as every consumer sees it: no BOM, LF line ends. */
export function normaliseSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Paragraphs are blocks separated by a blank line; they are numbered from 1 in evidence. */
export function splitParagraphs(text: string): string[] {
  return normaliseSource(text)
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export interface Passage {
  text: string;
  paragraph: number;
}

const NEAREST_MAX_QUOTE = 200;

/**
 * The passage of the source most like `quote`: the longest run the two share, widened to the quote's length.
 * Used to tell an author what they probably meant when a quote is not verbatim.
 */
export function nearestPassage(quote: string, paragraphs: readonly string[]): Passage | undefined {
  const q = quote.slice(0, NEAREST_MAX_QUOTE);
  for (let len = q.length; len >= 2; len--) {
    for (let start = 0; start + len <= q.length; start++) {
      const piece = q.slice(start, start + len);
      for (let p = 0; p < paragraphs.length; p++) {
        const para = paragraphs[p]!;
        const at = para.indexOf(piece);
        if (at < 0) continue;
        const from = Math.max(0, at - start);
        return { text: para.slice(from, from + quote.length), paragraph: p + 1 };
      }
    }
  }
  return undefined;
}
