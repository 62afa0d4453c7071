/**
 * A problem found in a graph file. Validation never throws and never stops at the first problem:
 * it returns every problem with where it is (file + JSON path) and what is wrong (code + params).
 * The words are chosen by `formatProblem` in the reader's language (src/i18n/problem-messages.ts).
 */
export type ProblemCode =
  | 'file-too-large'
  | 'file-not-utf8'
  | 'json-syntax'
  | 'too-deep'
  | 'too-many-nodes'
  | 'too-many-edges'
  | 'schema'
  | 'duplicate-id'
  | 'edge-unknown-node'
  | 'self-loop'
  | 'duplicate-edge'
  | 'two-parents'
  | 'part-of-cycle'
  | 'parentless-not-root'
  | 'root-has-parent'
  | 'root-unknown'
  | 'duplicate-root'
  | 'paragraph-out-of-range'
  | 'quote-not-in-source'
  | 'quote-in-other-paragraph'
  | 'source-missing'
  | 'index-default-unknown'
  | 'foreign-origin'
  // tours (graph-data/<graph>/tours/*.json)
  | 'tour-unknown-node'
  | 'tour-focus-hidden'
  | 'tour-file-name'
  | 'tour-duplicate-id'
  // spreadsheets and outlines (src/sheets)
  | 'file-type-unknown'
  | 'text-encoding'
  | 'zip-unreadable'
  | 'unzipped-too-large'
  | 'sheet-missing'
  | 'sheet-twice'
  | 'sheet-too-many-rows'
  | 'csv-syntax'
  | 'column-unknown'
  | 'column-missing'
  | 'reference-unknown'
  | 'reference-ambiguous'
  | 'kind-unknown'
  | 'relation-unknown'
  | 'figure-format'
  | 'figure-unit'
  | 'paragraph-ambiguous'
  | 'paragraph-needs-source'
  | 'meta-key-unknown'
  | 'outline-line';

export type ProblemParams = Record<string, string | number>;

/**
 * Where in a spreadsheet or outline a problem is: the sheet (or CSV / Markdown file), the row (the line of an
 * outline) as the spreadsheet numbers it, and the column as its header is written there, with its letter.
 */
export interface ProblemCell {
  sheet: string;
  row?: number;
  column?: string;
  /** `H` for the eighth column; absent in outlines, which have lines, not columns. */
  letter?: string;
}

export interface Problem {
  file: string;
  /** JSON path such as `nodes[41].evidence.quote`; empty for the whole file. */
  path: string;
  code: ProblemCode;
  params: ProblemParams;
  /** Set when the graph came from a spreadsheet or outline: the place the reader edits. */
  cell?: ProblemCell;
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}
