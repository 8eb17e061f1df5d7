import { useEffect } from 'react';
import { exportDatabase, localSettings, type PrDeskDb } from '../data';
import { mainProcess } from '../platform';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A daily local backup, made at the first start of each day (DESIGN.md §4, issue 9). */
export async function backupIfDue(db: PrDeskDb, now = new Date()): Promise<boolean> {
  const settings = localSettings(db);
  const last = await settings.get('lastDailyBackupAt');
  if (last && now.getTime() - Date.parse(last) < DAY_MS) return false;
  await mainProcess().backupWrite({ reason: 'daily', json: await exportDatabase(db, now), keep: await settings.get('backupKeep') });
  await settings.set('lastDailyBackupAt', now.toISOString());
  return true;
}

export function useAutomaticBackup(db: PrDeskDb): void {
  useEffect(() => {
    // A failed automatic backup must not stop work; the Sync page shows the backup list.
    backupIfDue(db).catch((error: unknown) => console.error('automatic backup failed', error));
  }, [db]);
}
