import Dexie, { RangeSet, type DBCore, type DBCoreTable, type Middleware } from 'dexie';
import type { Actor } from '../../src-main/shared/auth/permissions';
import {
  SCOPE_PARENT_TABLES,
  emptyInternScope,
  forgetParentRecord,
  isScopeParentTable,
  mayRead,
  noteParentRecord,
  type InternScope,
} from '../../src-main/shared/auth/read-rules';
import { checkedTablesMiddleware, filterLiveReads } from './live-read-filter';
import type { ActingSource } from './write-permission';

type Row = Record<string, unknown>;

/**
 * Interns see only their own records and tasks (issue 19), enforced in the data layer: every
 * screen's read of a synced table passes through here, so no page can forget to filter.
 *
 * Like the unreadable-record filter, only reads inside a live query are filtered: every screen
 * reads that way, while a backup, a sync snapshot or the photo sweep read outside one and must
 * see the whole office whoever presses the button (an intern's sync must not drop the office's
 * records from the share). Writes are judged by the write rules, not here.
 *
 * What an intern may see of a child table (comments on a task) depends on another table (who the
 * task is assigned to). Those ids are loaded once per intern sign-in, kept current from every
 * write that passes below (local edits and synced ops alike), and every live query is asked to
 * read again when they change: a task assigned to the intern shows up with its comments.
 */
export class ReadScope {
  private scope: InternScope | null = null;
  private loading: Promise<void> | null = null;
  private db: Dexie | null = null;

  constructor(private readonly acting: ActingSource) {}

  /** The database whose parent tables are read to load an intern's scope (set once it is built). */
  attach(db: Dexie): void {
    this.db = db;
  }

  private actor(): Actor | null {
    return this.acting === 'not-checked' ? null : this.acting();
  }

  /** The scope of the intern signed in, once loaded; starts loading it otherwise. */
  private current(actor: Actor): InternScope | null {
    if (this.scope?.staffId === actor.staffId) return this.scope;
    // A failed load leaves the intern seeing less (never more); the next read tries again.
    this.load(actor.staffId).catch(() => undefined);
    return null;
  }

  /** Loads an intern's scope outside any live query (a raw read), then asks the screens to read again. */
  load(staffId: string): Promise<void> {
    if (this.loading) return this.loading;
    const db = this.db;
    if (!db) return Promise.resolve();
    const scope = emptyInternScope(staffId);
    // Started from a timer, not from the live query that found the scope missing: its zone
    // must not be inherited, or these reads would be filtered by the scope they are loading.
    const read = () =>
      db.transaction('r', [...SCOPE_PARENT_TABLES], async () => {
        for (const table of SCOPE_PARENT_TABLES) {
          // Each parent table is read once per intern sign-in (a cursor: no whole-table array).
          await db.table<Row>(table).each((record) => void noteParentRecord(scope, table, record));
        }
      });
    this.loading = new Promise<void>((resolve, reject) => setTimeout(() => read().then(resolve, reject), 0))
      .then(() => {
        this.scope = scope;
        readAgain();
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /**
   * May the person acting now see this record on a screen? For a screen that answers from
   * something other than a live query (the release list's in-memory index): the same rule the
   * live reads get. An intern whose scope is not loaded yet sees only what they wrote.
   */
  admits(table: string, record: unknown): boolean {
    return this.admit(this.actor(), table, record);
  }

  private admit(actor: Actor | null, table: string, record: unknown): boolean {
    if (!actor || actor.role !== 'intern') return true;
    return mayRead(actor, table, record, this.current(actor));
  }

  /** Keeps the loaded scope current from a write to a parent table. */
  private noted(table: string, values: readonly unknown[] | undefined, deletedKeys: readonly unknown[] | undefined): void {
    const scope = this.scope;
    if (!scope || !isScopeParentTable(table)) return;
    let changed = false;
    for (const value of values ?? []) if (value && typeof value === 'object') changed = noteParentRecord(scope, table, value as Row) || changed;
    for (const key of deletedKeys ?? []) if (typeof key === 'string') changed = forgetParentRecord(scope, table, key) || changed;
    if (changed) readAgain();
  }

  private wrapTable(table: DBCoreTable): DBCoreTable {
    const name = table.name;
    // No async functions here (filterLiveReads says why).
    return {
      ...filterLiveReads(table, () => {
        const actor = this.actor();
        return (record) => this.admit(actor, name, record);
      }),
      mutate: (req) =>
        table.mutate(req).then((result) => {
          if (req.type === 'add' || req.type === 'put') this.noted(name, req.values, undefined);
          else if (req.type === 'delete') this.noted(name, undefined, req.keys);
          else if (this.scope && isScopeParentTable(name)) {
            // A range delete (a restore clearing tables): load again from what is stored.
            const staffId = this.scope.staffId;
            this.scope = null;
            void this.load(staffId);
          }
          return result;
        }),
    };
  }

  /**
   * Below the outbox middleware (10): the writes seen here carry the author it stamps, so a
   * task an intern creates is theirs at once. The outbox's own reads are not in a live query
   * and pass unfiltered.
   */
  readonly middleware: Middleware<DBCore> = checkedTablesMiddleware('pr-desk-read-scope', 5, (table) => this.wrapTable(table));
}

/**
 * Asks every live query to read again (what an intern may see changed, though no record did).
 * `all` is Dexie's own "everything changed" part, which every live query's listener overlaps.
 */
function readAgain(): void {
  Dexie.on('storagemutated').fire({ all: new RangeSet(-Infinity, [[[]]]) });
}
