/**
 * The physical limit for an import: plain IndexedDB puts in one transaction, into a store
 * with the same key and indexes as the app's table (indexes cost writes, so the comparison is
 * fair). Parsed from the Dexie schema string, e.g. "id, missionId, *assigneeIds, [a+b]".
 */
function indexSpecs(schema: string): { name: string; keyPath: string | string[]; multiEntry: boolean; unique: boolean }[] {
  return schema
    .split(',')
    .map((part) => part.trim())
    .slice(1)
    .filter(Boolean)
    .map((spec) => {
      const multiEntry = spec.startsWith('*');
      const unique = spec.startsWith('&');
      const name = spec.replace(/^[*&]/, '');
      const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
      return { name, keyPath, multiEntry, unique };
    });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export interface RawStore {
  name: string;
  /** Dexie schema string: "id, …" (inline key) or "++seq, …" (auto-increment). */
  schema: string;
  records: readonly object[];
}

function createStore(db: IDBDatabase, { name, schema }: RawStore): void {
  const primary = schema.split(',')[0]?.trim() ?? 'id';
  const autoIncrement = primary.startsWith('++');
  const store = db.createObjectStore(name, { keyPath: primary.replace(/^\+\+/, ''), autoIncrement });
  for (const index of indexSpecs(schema)) {
    store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique });
  }
}

/** ms to put every record of every store in one transaction (a fresh database each time). */
export async function rawImport(dbName: string, stores: readonly RawStore[]): Promise<number> {
  await request(indexedDB.deleteDatabase(dbName));
  const open = indexedDB.open(dbName, 1);
  open.onupgradeneeded = () => {
    for (const store of stores) createStore(open.result, store);
  };
  const db = await request(open);
  const started = performance.now();
  const tx = db.transaction(stores.map((s) => s.name), 'readwrite');
  for (const { name, records } of stores) {
    const store = tx.objectStore(name);
    for (const record of records) store.put(record);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw import failed'));
  });
  const ms = performance.now() - started;
  db.close();
  return ms;
}
