import { Dexie } from 'dexie';
import type { PrDeskClient } from '../../src-main/shared/ipc/api';
import { MAX_BLOB_IDS_PER_CALL } from '../../src-main/shared/ipc/channels/blob';
import type { PrDeskDb } from './db';
import { applyErasures, type ScrubOutcome } from './erasure';
import { markUnlogged } from './outbox-middleware';
import { SYNCED_TABLES } from './schema';
import { notePendingRedaction } from './sync-store';

export type ErasureReplayClient = Pick<PrDeskClient, 'backupErasureLedger' | 'blobErase' | 'databasePurgeWant'>;

/**
 * After a restore: every erasure this computer ever carried out, from main's ledger (kept
 * outside the backups), is carried out again on the restored data, and its record put back if
 * the backup predates it. A backup from before an erasure (one brought on a USB stick that was
 * never rewritten) therefore cannot bring the person back, on this workstation or, through its
 * next sync, on any other. The photos it restored for them leave the store again.
 */
export async function replayErasures(db: PrDeskDb, main: ErasureReplayClient): Promise<ScrubOutcome | null> {
  const { erasures } = await main.backupErasureLedger();
  if (erasures.length === 0) return null;
  const tables = [...SYNCED_TABLES.map((name) => db.table(name)), db.syncRecords, db.syncHeld, db.syncMeta, db.outbox, db.blobWants];
  const outcome = await db.transaction('rw', tables, async () => {
    const tx = Dexie.currentTransaction as unknown as { idbtrans: object } | null;
    if (!tx) throw new Error('no transaction');
    // Not an edit: the erasure records are the office's own, as they were synced.
    markUnlogged(tx.idbtrans);
    const present = await db.dataErasures.bulkGet(erasures.map((e) => e.id));
    const missing = erasures.filter((_, i) => !present[i]);
    if (missing.length > 0) await db.dataErasures.bulkPut(missing);
    const scrubbed = await applyErasures(db, erasures.filter((e) => !e.deleted));
    await notePendingRedaction(db, scrubbed, []);
    return scrubbed;
  });
  for (let start = 0; start < outcome.blobIds.length; start += MAX_BLOB_IDS_PER_CALL) {
    await main.blobErase({ ids: outcome.blobIds.slice(start, start + MAX_BLOB_IDS_PER_CALL) });
  }
  // The backup wrote the person back into the database files before the scrub: new files at
  // the start that follows the restore (data/database-purge.ts).
  if (outcome.records > 0) await main.databasePurgeWant();
  return outcome;
}
