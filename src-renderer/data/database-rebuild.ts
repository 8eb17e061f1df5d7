import type { PrDeskClient } from '../../src-main/shared/ipc/api';
import { MIN_BACKUP_KEEP } from '../../src-main/shared/ipc/channels/backup';
import { clearDatabaseFiles, rebuildFromBackup, type PurgeClient, type PurgeProgress } from './database-purge';
import type { PrDeskDb } from './db';

export type RebuildClient = PurgeClient & Pick<PrDeskClient, 'databasePurgeWant'>;

export interface RebuildOutcome {
  db: PrDeskDb;
  /** none: nothing wanted; rebuilt: new files; failed: the files stay as they were, tried again at the next start. */
  outcome: 'none' | 'rebuilt' | 'failed';
}

/**
 * At start, before anything reads or writes: if a PDPA erasure was carried out here since the
 * database files were last rebuilt (or a rebuild was cut off), rebuild them now so no erased
 * value stays on disk (data/database-purge.ts). Answers the database to go on with: a new one
 * when the files were rebuilt.
 *
 * If main refuses to clear (or has nothing to clear with), the records are untouched and the app
 * goes on with them; the next start tries again. If clearing failed after main wrote its marker,
 * the files may be half gone: the records are written back from the marker's backup at once, and
 * a new rebuild is asked for the next start (the failed clear may have left old files behind).
 */
export async function rebuildDatabaseFilesIfWanted(db: PrDeskDb, reopen: () => Promise<PrDeskDb>, main: RebuildClient, onProgress: (p: PurgeProgress) => void): Promise<RebuildOutcome> {
  const status = await main.databasePurgeStatus();
  let from = status.rebuildFrom;
  if (!status.wanted && !from) return { db, outcome: 'none' };
  onProgress({ phase: from ? 'records' : 'backup', done: 0, total: 1 });
  let current = db;
  let clearFailed = false;
  if (!from) {
    try {
      // Three of these are kept (a retention batch or a busy month would otherwise keep one
      // full copy of the records per erasure); the daily and before-sync ones rotate as set.
      from = await clearDatabaseFiles(db, main, MIN_BACKUP_KEEP, onProgress);
      if (!from) return { db, outcome: 'none' };
    } catch (error) {
      console.error('The database files could not be cleared after an erasure', error);
      from = (await main.databasePurgeStatus()).rebuildFrom;
      if (!from) return { db, outcome: 'failed' };
      clearFailed = true;
    }
    db.close();
    current = await reopen();
  }
  await rebuildFromBackup(current, main, from, onProgress);
  if (clearFailed) await main.databasePurgeWant();
  return { db: current, outcome: clearFailed ? 'failed' : 'rebuilt' };
}
