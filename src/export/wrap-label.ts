/**
 * Breaks a label into lines no wider than `maxWidth` the way the canvas does: Chinese may break between any two
 * characters ('anywhere'); English only at spaces ('whitespace'), a word longer than a line stays whole.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
  mode: 'anywhere' | 'whitespace',
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const pieces = mode === 'anywhere' ? [...paragraph] : paragraph.split(/(?<= )/);
    let line = '';
    for (const piece of pieces) {
      const next = line + piece;
      if (line && measure(next.trimEnd()) > maxWidth) {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      } else line = next;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
