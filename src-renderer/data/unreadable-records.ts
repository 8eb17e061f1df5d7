import Dexie, { type DBCore, type DBCoreCursor, type DBCoreTable, type Middleware } from 'dexie';
import { checkStoredRecord, isCheckedTable, recordFingerprint, type UnreadableReason } from './read-check';

/** A stored record the screens leave out, for the notice and for an administrator. */
export interface UnreadableRecord {
  table: string;
  id: string;
  reason: UnreadableReason;
  field?: string;
}

/**
 * A cursor that steps over the values `admit` refuses. A Proxy, not Object.create: in the app
 * Dexie's cursor is the native IDBCursor itself, whose getters and methods throw "Illegal
 * invocation" unless `this` is the real cursor (fake-indexeddb does not check, so the unit test
 * uses a brand-checked cursor).
 */
export function admittingCursor(cursor: DBCoreCursor, admit: (value: unknown) => boolean): DBCoreCursor {
  const start = (onNext: () => void) => cursor.start(() => (admit(cursor.value) ? onNext() : cursor.continue()));
  return new Proxy(cursor, {
    get: (target, prop) => {
      if (prop === 'start') return start;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** True while the caller runs inside a live query (useLiveQuery/liveQuery): what screens read through. */
export function inLiveQuery(): boolean {
  const zone = (Dexie.Promise as unknown as { PSD?: { subscr?: unknown } }).PSD;
  return Boolean(zone?.subscr);
}

function idOf(record: unknown): string {
  const id = record !== null && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : '?';
}

/**
 * Quarantine on read (issue 18: one bad record never blanks the app). A record that fails its
 * table's field schemas — a title that is a number, a missing required field, a `__proto__`
 * key — is left out of what screens read, and noted here so the layout can say in Thai how
 * many records could not be read and an administrator can see which ones.
 *
 * Only reads made inside a live query are filtered: every screen reads that way, while
 * backups, sync snapshots and the unused-photo sweep read outside one and must see every
 * record (a hidden record's photo must never be swept, a backup must hold it for repair).
 * Writes are never touched. Sits above the outbox middleware, whose own reads stay raw.
 *
 * One registry per database connection: the app opens its database once per window.
 */
export class UnreadableRecords {
  private readonly found = new Map<string, UnreadableRecord>();
  /** Records checked and found fine, by table and id: their fingerprint then (read-check.ts). */
  private readonly fine = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  /** The records left out so far in this session, by table then id. */
  list(): UnreadableRecord[] {
    return [...this.found.values()].sort((a, b) => a.table.localeCompare(b.table) || a.id.localeCompare(b.id));
  }

  /** For useSyncExternalStore: changes whenever the list does. */
  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Checks one record; true when it may be shown. Keeps the list current both ways (a repaired record leaves it). */
  admit(table: string, record: unknown): boolean {
    if (record === undefined) return true;
    const key = `${table}\u0000${idOf(record)}`;
    const fingerprint = recordFingerprint(table, record);
    if (fingerprint !== null && this.fine.get(key) === fingerprint) return true;
    const verdict = checkStoredRecord(table, record);
    if (!verdict) {
      if (fingerprint !== null) this.fine.set(key, fingerprint);
      if (this.found.delete(key)) this.changed();
      return true;
    }
    this.fine.delete(key);
    if (!this.found.has(key)) {
      this.found.set(key, { table, id: idOf(record), ...verdict });
      this.changed();
    }
    return false;
  }

  private changed(): void {
    this.version += 1;
    // Reads run inside a live query, not a React render; tell the screens after it.
    queueMicrotask(() => {
      for (const listener of this.listeners) listener();
    });
  }

  private wrapTable(table: DBCoreTable): DBCoreTable {
    const name = table.name;
    return {
      ...table,
      // The zone is read before the await: after it, the caller's zone may be gone.
      get: async (req) => {
        const live = inLiveQuery();
        const record: unknown = await table.get(req);
        return !live || this.admit(name, record) ? record : undefined;
      },
      getMany: async (req) => {
        const live = inLiveQuery();
        const records: unknown[] = await table.getMany(req);
        return live ? records.map((r) => (this.admit(name, r) ? r : undefined)) : records;
      },
      query: async (req) => {
        const live = inLiveQuery();
        const response = await table.query(req);
        if (!live || !req.values) return response;
        return { ...response, result: response.result.filter((r: unknown) => this.admit(name, r)) };
      },
      openCursor: async (req) => {
        const live = inLiveQuery();
        const cursor = await table.openCursor(req);
        return cursor && live && req.values ? admittingCursor(cursor, (value) => this.admit(name, value)) : cursor;
      },
    };
  }

  readonly middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'pr-desk-unreadable-records',
    // Above the outbox middleware (level 10): its reads of the stored record stay unfiltered.
    level: 20,
    create: (down) => ({
      ...down,
      table: (name) => (isCheckedTable(name) ? this.wrapTable(down.table(name)) : down.table(name)),
    }),
  };
}
