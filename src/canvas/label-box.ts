/**
 * Label sizes estimated from the text alone: the same on every machine, so layouts never depend on installed
 * fonts. Widths are in em of the label's font.
 */

/** Labels wrap at this many em: about ten CJK characters a line. */
export const LABEL_WRAP_EM = 10;
export const LINE_HEIGHT = 1.3;

/**
 * The line width to give the renderer for labels estimated to wrap at `wrapEm`: a line of whole CJK characters
 * measures a hair over its em count in the shipped font, and a renderer told exactly `wrapEm` breaks it one
 * character early (a line fewer than drawn is a label over its neighbour). Half an em more never fits another
 * character. English breaks between words, which the estimate takes as wider than drawn.
 */
export const wrapPx = (font: number, wrapEm: number, wrap: LabelWrap): number =>
  font * (wrapEm + (wrap === 'anywhere' ? 0.5 : 0));

/** How cytoscape breaks a label: Chinese anywhere (no spaces), English only between words. */
export type LabelWrap = 'anywhere' | 'whitespace';

function charEm(ch: string): number {
  // CJK, and the curly quotes, which the shipped CJK font draws full width.
  if (/[\u2e80-\uffff\u2018\u2019\u201c\u201d]/.test(ch)) return 1;
  if (ch === ' ') return 0.28;
  if (/[mwMW]/.test(ch)) return 0.88;
  if (/[A-Z]/.test(ch)) return 0.68;
  return 0.56;
}

export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em;
}

/** The width of each line, in em, as the label wraps at `wrapEm`. */
export function wrapLines(text: string, wrap: LabelWrap, wrapEm = LABEL_WRAP_EM): number[] {
  if (wrap === 'anywhere') {
    const em = textWidthEm(text);
    const lines = Math.max(1, Math.ceil(em / wrapEm));
    return Array.from({ length: lines }, (_, i) => Math.min(wrapEm, em - i * wrapEm));
  }
  // Greedy by words, as cytoscape fills a line; a word longer than a line stands alone and overflows it.
  const lines: number[] = [];
  let line = 0;
  for (const word of text.split(' ').filter(Boolean)) {
    const w = textWidthEm(word);
    const joined = line === 0 ? w : line + charEm(' ') + w;
    if (line > 0 && joined > wrapEm) {
      lines.push(line);
      line = w;
    } else line = joined;
  }
  lines.push(line);
  return lines;
}

/**
 * Estimated label box in px at font size `font`. The character widths err on the wide side, so the lines counted
 * are never fewer than drawn; a line is drawn up to the full wrap width however the words fall, so that is the
 * width of any label that wraps.
 */
export function labelBox(
  text: string,
  font: number,
  wrap: LabelWrap,
  wrapEm = LABEL_WRAP_EM,
): { width: number; height: number } {
  const lines = wrapLines(text, wrap, wrapEm);
  const width = Math.max(Math.min(textWidthEm(text), wrapEm), ...lines);
  return { width: width * font, height: lines.length * font * LINE_HEIGHT };
}
