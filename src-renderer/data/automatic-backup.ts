import { useEffect } from 'react';
import { collectUnusedBlobs, type GarbageCollectorPort } from './blob-references';
import { streamBackup, type BackupClient } from './backup';
import { useDb } from './database-context';
import type { PrDeskDb } from './db';
import { localSettings } from './local-settings';
import { mainProcess } from '../platform';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A daily local backup, made at the first start of each day (DESIGN.md §4, issue 9). A last
 * backup "in the future" means the clock was once set ahead (to 2027, say) and then put back:
 * the backup is due, or there would be none until that date comes round.
 */
export async function backupIfDue(db: PrDeskDb, now = new Date(), main?: BackupClient, gc?: GarbageCollectorPort): Promise<boolean> {
  const settings = localSettings(db);
  const last = await settings.get('lastDailyBackupAt');
  const since = last ? now.getTime() - Date.parse(last) : Infinity;
  if (since >= 0 && since < DAY_MS) return false;
  // Streamed and incremental: an unchanged office's photos are not copied again.
  await streamBackup(db, { reason: 'daily', keep: await settings.get('backupKeep'), ...(main ? { main } : {}) });
  await settings.set('lastDailyBackupAt', now.toISOString());
  // Only after the backup holds its own copies: files no record refers to leave this store.
  await collectUnusedBlobs(db, gc ?? mainProcess());
  return true;
}

export function useAutomaticBackup(): void {
  const db = useDb();
  useEffect(() => {
    // A failed automatic backup must not stop work; the Sync page shows the backup list.
    backupIfDue(db).catch((error: unknown) => console.error('automatic backup failed', error));
  }, [db]);
}
