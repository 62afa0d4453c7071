/**
 * One object store of an IndexedDB database on this device, as a promise per request: each request opens the
 * database, runs in a transaction of its own and closes it again (nothing held open between a reader's actions).
 */
export type StoreRequest = <T>(
  mode: IDBTransactionMode,
  act: (s: IDBObjectStore) => IDBRequest<T>,
) => Promise<T>;

export function idbStore(db: string, store: string, options?: IDBObjectStoreParameters): StoreRequest {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB unavailable'));
      const req = indexedDB.open(db, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(store, options);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
    });
  return async (mode, act) => {
    const opened = await open();
    try {
      return await new Promise((resolve, reject) => {
        const req = act(opened.transaction(store, mode).objectStore(store));
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('IndexedDB failed'));
      });
    } finally {
      opened.close();
    }
  };
}
