import type { DBCore, Middleware } from 'dexie';
import { checkedTablesMiddleware, filterLiveReads } from './live-read-filter';
import { checkStoredRecord, recordFingerprint, type UnreadableReason } from './read-check';

/** A stored record the screens leave out, for the notice and for an administrator. */
export interface UnreadableRecord {
  table: string;
  id: string;
  reason: UnreadableReason;
  field?: string;
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

  /** Above the outbox middleware (level 10): its reads of the stored record stay unfiltered. */
  readonly middleware: Middleware<DBCore> = checkedTablesMiddleware('pr-desk-unreadable-records', 20, (table) =>
    filterLiveReads(table, () => (record) => this.admit(table.name, record)),
  );
}
