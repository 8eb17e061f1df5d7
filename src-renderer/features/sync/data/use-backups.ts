import type { BackupReason } from '../../../../src-main/shared/ipc/channels/backup';
import { localSettings, restoreBackup, streamBackup, useDbCommands, useLiveDbQuery, type BackupProgress, type RestoreProgress } from '../../../data';

/** How many automatic backups of each kind this workstation keeps (a local setting, not synced). */
export function useBackupKeep(): number | undefined {
  return useLiveDbQuery((db) => localSettings(db).get('backupKeep'));
}

interface Job<P> {
  signal: AbortSignal;
  onProgress: (progress: P) => void;
}

/** A backup now, a restore, and the keep-N setting; both jobs keep this workstation's keep-N. */
export function useBackupCommands() {
  return useDbCommands((db) => ({
    backup: async (reason: BackupReason, job: Job<BackupProgress>) => streamBackup(db, { reason, keep: await localSettings(db).get('backupKeep'), ...job }),
    restore: async (name: string, job: Job<RestoreProgress>) => restoreBackup(db, name, { keep: await localSettings(db).get('backupKeep'), ...job }),
    setKeep: (keep: number) => localSettings(db).set('backupKeep', keep),
  }));
}
