import { erasureRecordSchema, MAX_REDACT_TARGETS } from '../../src-main/shared/pdpa/erasure-records';
import type { PrDeskDb } from './db';
import { readSyncMeta, writeSyncMeta } from './sync-store';

export interface BackupRedactionClient {
  backupRedact(input: {
    erasures: ReturnType<typeof erasureRecordSchema.parse>[];
    targets: { table: string; recordId: string; fields: string[] }[];
    blobIds: string[];
  }): Promise<{ sets: number; parts: number; blobs: number; pending: boolean }>;
}

/**
 * This computer's backups after an erasure (data/erasure.ts left `pendingBackupRedaction`):
 * main notes the erasures in its ledger and rewrites every backup without what they reached.
 * Run right after an erasure here and at every sync until main says it is done (it waits while
 * a backup is written, previewed or restored). Answers whether anything is left to do.
 */
export async function redactBackups(db: PrDeskDb, main: BackupRedactionClient): Promise<'done' | 'pending' | 'nothing'> {
  const pending = (await readSyncMeta(db)).pendingBackupRedaction;
  if (!pending) return 'nothing';
  const erasures = (await db.dataErasures.bulkGet(pending.erasureIds)).flatMap((row) => {
    const parsed = erasureRecordSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  let waiting = false;
  // Chunks of targets; the erasures go with every call (main notes each once).
  for (let start = 0; start === 0 || start < pending.targets.length; start += MAX_REDACT_TARGETS) {
    const targets = pending.targets.slice(start, start + MAX_REDACT_TARGETS).map((t) => ({ table: t.table, recordId: t.recordId, fields: [...t.fields] }));
    const outcome = await main.backupRedact({ erasures, targets, blobIds: start === 0 ? pending.blobIds : [] });
    waiting ||= outcome.pending;
  }
  if (waiting) return 'pending';
  await db.transaction('rw', db.syncMeta, async () => {
    const now = (await readSyncMeta(db)).pendingBackupRedaction;
    // An erasure noted meanwhile stays for the next run (its round moved on).
    if (now?.round === pending.round) await writeSyncMeta(db, { pendingBackupRedaction: null });
  });
  return 'done';
}
