import { idbStore } from './idb-store';
import type { LocalGraphInfo } from '../store/graph-slice';

/**
 * Graphs a person opened from a file, kept in IndexedDB on this device until they remove them.
 * A tiny promise wrapper; nothing here is shared with other devices.
 */
export interface LocalGraphRecord extends LocalGraphInfo {
  graphText: string;
  sourceText?: string;
}

const DB = 'taigu-strategy-graph';
const STORE = 'graphs';

const run = idbStore(DB, STORE, { keyPath: 'id' });

export const saveLocalGraph = (rec: LocalGraphRecord) =>
  run('readwrite', (s) => s.put(rec)).then(() => undefined);
export const getLocalGraph = (id: string) =>
  run<LocalGraphRecord | undefined>('readonly', (s) => s.get(id) as IDBRequest<LocalGraphRecord | undefined>);
export const deleteLocalGraph = (id: string) => run('readwrite', (s) => s.delete(id)).then(() => undefined);

export async function listLocalGraphs(): Promise<LocalGraphInfo[]> {
  try {
    const all = await run<LocalGraphRecord[]>(
      'readonly',
      (s) => s.getAll() as IDBRequest<LocalGraphRecord[]>,
    );
    return all
      .map(({ id, title, fileName, savedAt }) => ({ id, title, fileName, savedAt }))
      .sort((a, b) => b.savedAt - a.savedAt);
  } catch {
    return [];
  }
}

export const isLocalGraphId = (id: string | undefined) => !!id && id.startsWith('local-');

/** A stable, URL-safe id for a graph opened from a file: same content, same id. */
export function localGraphId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `local-${(h >>> 0).toString(16).padStart(8, '0')}`;
}
