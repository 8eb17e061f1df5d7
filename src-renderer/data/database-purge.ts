import type { PrDeskClient } from '../../src-main/shared/ipc/api';
import { streamBackup, type BackupClient } from './backup';
import type { PrDeskDb } from './db';
import { refillTables, refuseIfUnusable } from './restore';

/**
 * The rebuild of this workstation's database files after a PDPA erasure (docs/PDPA.md, "The
 * database files on disk"). Chromium keeps IndexedDB in LevelDB: a scrubbed value stays in the
 * log and table files until a compaction the page cannot ask for, and deleting the database
 * moves it into a table file rather than removing it (measured; docs/PDPA.md). Only deleting
 * the origin's IndexedDB files removes it, so the app:
 * 1. backs up the scrubbed records (an ordinary backup, reason 'after-erasure');
 * 2. closes the database; main checks that backup and, with a marker kept outside IndexedDB
 *    naming it, deletes the files;
 * 3. opens a new, empty database and writes every record back from that backup as it was (same
 *    device id, same sync state: nothing happened but new files), checks the counts, and main
 *    forgets the marker.
 * A crash after 2 finds the marker at the next start and does 3 again (each table is cleared
 * before it is written, so doing it twice is harmless).
 */

export type PurgeClient = BackupClient &
  Pick<PrDeskClient, 'databasePurgeStatus' | 'databasePurgeClear' | 'databasePurgeDone' | 'backupOpen' | 'backupReadRows' | 'blobPut'>;

export interface PurgeProgress {
  phase: 'backup' | 'clear' | 'records';
  done: number;
  total: number;
}

/**
 * Steps 1–2: answers the backup to write back from once the files are gone, or null when this
 * database holds nothing yet (nothing to protect, nothing to purge). The database is closed
 * either way once the files are cleared; on an error before that it is still open and whole.
 */
export async function clearDatabaseFiles(db: PrDeskDb, main: PurgeClient, keep: number, onProgress: (p: PurgeProgress) => void = () => undefined): Promise<string | null> {
  if ((await db.outbox.count()) === 0 && (await db.syncRecords.count()) === 0) return null;
  const backup = await streamBackup(db, { reason: 'after-erasure', keep, main, onProgress: (p) => onProgress({ phase: 'backup', done: p.done, total: p.total }) });
  onProgress({ phase: 'clear', done: 0, total: 1 });
  db.close();
  try {
    await main.databasePurgeClear({ backup: backup.name });
  } catch (error) {
    // Refused or failed before anything was deleted (main checks first): open again, untouched.
    await db.open();
    throw error;
  }
  return backup.name;
}

/** Step 3, into the new, empty database: every record back from the backup, then the marker goes. */
export async function rebuildFromBackup(db: PrDeskDb, main: PurgeClient, backup: string, onProgress: (p: PurgeProgress) => void = () => undefined): Promise<void> {
  const preview = await main.backupOpen({ name: backup });
  refuseIfUnusable(preview);
  await refillTables(db, main, backup, preview, (done, total) => onProgress({ phase: 'records', done, total }));
  await main.databasePurgeDone({ backup });
}
