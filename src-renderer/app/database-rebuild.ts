import { MIN_BACKUP_KEEP } from '../../src-main/shared/ipc/channels/backup';
import { clearDatabaseFiles, rebuildFromBackup, type PrDeskDb, type PurgeProgress } from '../data';
import { mainProcess } from '../platform';

/**
 * At start, before anything reads or writes: if a PDPA erasure was carried out here since the
 * database files were last rebuilt (or a rebuild was cut off), rebuild them now so no erased
 * value stays on disk (data/database-purge.ts). Answers the database to go on with: a new one
 * when the files were rebuilt. If the files cannot be cleared (main refuses, or cannot), the
 * records are untouched and the app goes on; the next start tries again.
 */
export async function rebuildDatabaseFilesIfWanted(db: PrDeskDb, reopen: () => Promise<PrDeskDb>, onProgress: (p: PurgeProgress) => void): Promise<PrDeskDb> {
  const main = mainProcess();
  const status = await main.databasePurgeStatus();
  let from = status.rebuildFrom;
  if (!status.wanted && !from) return db;
  onProgress({ phase: 'backup', done: 0, total: 1 });
  let current = db;
  if (!from) {
    try {
      // Three of these are kept (a retention batch or a busy month would otherwise keep one
      // full copy of the records per erasure); the daily and before-sync ones rotate as set.
      from = await clearDatabaseFiles(db, main, MIN_BACKUP_KEEP, onProgress);
    } catch (error) {
      console.error('The database files could not be rebuilt after an erasure; trying again at the next start', error);
      return db;
    }
    if (!from) return db;
    current = await reopen();
  }
  await rebuildFromBackup(current, main, from, onProgress);
  return current;
}
