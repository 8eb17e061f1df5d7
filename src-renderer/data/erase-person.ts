import { Dexie } from 'dexie';
import type { PrDeskDb } from './db';
import { applyErasures, erasureTargets, type ScrubOutcome } from './erasure';
import { dataErasureRepo } from './internship-repo';
import { markUnlogged } from './outbox-middleware';
import type { Repository } from './repository';
import { SYNCED_TABLES } from './schema';
import { notePendingRedaction } from './sync-store';
import { markErasureWrite } from './write-permission';

/** What main does for an erasure once the records are scrubbed (erasure-follow-up.ts; a recorder in tests). */
export interface ErasureFiles {
  /** Removes these files from main's blob store. */
  eraseBlobs(ids: readonly string[]): Promise<void>;
  /** Removes every temporary preview PDF (their names and pages may name the person). */
  forgetPreviews(): Promise<void>;
  /** Rewrites this computer's backups without the person (data/backup-redaction.ts). */
  redactBackups(): Promise<void>;
  /**
   * Asks for new database files without the erased values (data/database-purge.ts): rebuilt at
   * the next start of the window, which the erase buttons do straight away.
   */
  wantDatabaseRebuild(): Promise<void>;
}

export interface ErasePersonRequest {
  /** The person's own record: `interns`, `complaints`, `mediaContacts` … (personal-fields.ts). */
  table: string;
  recordId: string;
  reason: string;
  /**
   * Ordinary, logged writes the feature makes with the erasure (the record's "erased on" mark,
   * the intern's sign-in switched off). They sync as edits; the erasure itself syncs as the
   * `dataErasures` record every workstation carries out.
   */
  alsoWrite?: () => Promise<void>;
}

/**
 * Erases a person on this workstation and records the erasure for every other one, in one
 * transaction: the erasure record and the feature's marks are logged (so they sync), then the
 * same scrub every receiving workstation runs (erasure.ts) is applied here, unlogged. Needs
 * the `pdpa.erase` right (the data layer refuses the whole transaction otherwise). Returns the
 * files to remove from main's store once the transaction has committed.
 */
export async function erasePerson(db: PrDeskDb, request: ErasePersonRequest): Promise<ScrubOutcome> {
  const tables = [...SYNCED_TABLES.map((name) => db.table(name)), db.syncRecords, db.syncHeld, db.syncMeta, db.outbox, db.blobWants];
  return db.transaction('rw', tables, async () => {
    const tx = Dexie.currentTransaction as unknown as { idbtrans: object } | null;
    if (!tx) throw new Error('no transaction');
    markErasureWrite(tx.idbtrans);
    if (!(await db.table(request.table).get(request.recordId))) throw new Error(`No ${request.table} ${request.recordId}`);
    const targets = await erasureTargets(db, request.table, request.recordId);
    const fields = [...new Set(targets.flatMap((t) => t.fields.map((f) => `${t.table}.${f}`)))].slice(0, 100);
    await request.alsoWrite?.();
    const erasure = await dataErasureRepo(db).create({ table: request.table, recordId: request.recordId, fields, reason: request.reason });
    // From here on the writes are the scrub itself: the same on every workstation, never an op.
    markUnlogged(tx.idbtrans);
    const outcome = await applyErasures(db, [{ table: request.table, recordId: request.recordId }]);
    await notePendingRedaction(db, outcome, [erasure.id]);
    return outcome;
  });
}

/**
 * erasePerson with one ordinary edit of the person's own record, through its repository (so it
 * is checked and logged, and syncs as an edit): the "erased on" mark, or switched off so no
 * list offers them again. Returns the files to remove from main's store.
 */
export async function erasePersonWithEdit<T extends object>(
  db: PrDeskDb,
  request: Omit<ErasePersonRequest, 'alsoWrite'>,
  repo: (db: PrDeskDb) => Repository<T>,
  edit: Partial<T>,
): Promise<string[]> {
  const outcome = await erasePerson(db, {
    ...request,
    alsoWrite: async () => {
      await repo(db).update(request.recordId, edit);
    },
  });
  return outcome.blobIds;
}
