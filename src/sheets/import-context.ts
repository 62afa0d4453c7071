import type { ProblemCell } from '../domain/problems';
import type { AddProblem } from './table';

/**
 * What the readers of the three sheets share: the problem list, the source's paragraphs (when the source text
 * came along), and `where`, the cell each JSON path of the built graph came from, so that every problem the
 * graph's own validation finds is shown at the cell the reader edits.
 */
export interface ImportContext {
  add: AddProblem;
  paragraphs: readonly string[] | undefined;
  where: Map<string, ProblemCell>;
}

/**
 * The paragraph of a quote: the number in the cell, or, when the cell is empty, the one paragraph of the source
 * that holds the quote. A quote found in none gets 1 here, and the graph's check then reports it with the
 * nearest passage.
 */
export function paragraphOf(
  ctx: ImportContext,
  quote: string,
  cellText: string,
  place: ProblemCell,
): number | string {
  if (cellText) {
    const n = Number(cellText);
    return Number.isFinite(n) ? n : cellText;
  }
  if (!quote) return 1;
  if (!ctx.paragraphs) {
    ctx.add('paragraph-needs-source', {}, place);
    return 1;
  }
  const found: number[] = [];
  ctx.paragraphs.forEach((p, i) => {
    if (p.includes(quote)) found.push(i + 1);
  });
  if (found.length > 1) ctx.add('paragraph-ambiguous', { paragraphs: found.slice(0, 10).join(', ') }, place);
  return found[0] ?? 1;
}

/** `nodes!C12` in a workbook, `plan.md:12` in an outline: how another problem names a cell. */
export function cellRef(cell: ProblemCell): string {
  if (cell.row === undefined) return cell.sheet;
  return cell.letter ? `${cell.sheet}!${cell.letter}${cell.row}` : `${cell.sheet}:${cell.row}`;
}
