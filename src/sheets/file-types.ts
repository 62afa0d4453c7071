/**
 * The files a spreadsheet or outline import reads; kept apart from the readers so that telling them from a
 * graph .json costs the read worker nothing (the readers load only when such a file comes).
 */
export const IMPORT_FILE = /\.(xlsx|csv|tsv|md|markdown|docx|zip)$/i;
/** Besides those, the source text as .txt. */
export const IMPORT_OR_SOURCE = /\.(xlsx|csv|tsv|md|markdown|docx|zip|txt)$/i;
export const isImportFile = (name: string) => IMPORT_FILE.test(name);
/** What the file picker offers: graph files, sheets, outlines and source texts. */
export const ACCEPTED_FILES = '.json,.txt,.xlsx,.csv,.tsv,.md,.markdown,.docx,.zip';
