import { idbStore } from '../data/idb-store';
import type { Draft } from '../store/editor-slice';

/**
 * The draft being edited, kept in IndexedDB on this device as the author works: a reload or a closed tab loses
 * nothing. A database of its own, so the graphs opened from files (src/data/local-graphs.ts) are untouched.
 */
export interface DraftRecord extends Draft {
  savedAt: number;
  /** How many problems the check found when it was saved: an invalid draft is never kept without the mark. */
  problems: number;
}

const DB = 'taigu-strategy-graph-editor';
const STORE = 'drafts';
const KEY = 'current';

const run = idbStore(DB, STORE);

export const saveDraft = (rec: DraftRecord) => run('readwrite', (s) => s.put(rec, KEY)).then(() => undefined);
export const loadDraft = () =>
  run<DraftRecord | undefined>('readonly', (s) => s.get(KEY) as IDBRequest<DraftRecord | undefined>).catch(
    () => undefined,
  );
export const deleteDraft = () => run('readwrite', (s) => s.delete(KEY)).then(() => undefined);

/** The editor was open in this tab: a reload opens it again (a new tab starts as a reader). */
export const EDITING_KEY = 'taigu-editing';
