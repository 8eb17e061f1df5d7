import { useDbCommands } from './use-db-hooks';
import { localSettings } from './local-settings';
import { restoreBackup, type RestoreProgress } from './restore';

/** Runs a cut-off restore again (or goes back to its safety backup), with no new safety backup: the current state is the half-made one. */
export function useResumeRestore(): (name: string, onProgress: (progress: RestoreProgress) => void) => Promise<void> {
  return useDbCommands((db) => async (name, onProgress) => {
    await restoreBackup(db, name, { keep: await localSettings(db).get('backupKeep'), safetyBackup: false, onProgress });
  });
}
