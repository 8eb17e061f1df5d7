import { z } from 'zod';
import { backupName } from './backup';

const purgeStatus = z.object({
  /** An erasure was carried out here since the files were last rebuilt. */
  wanted: z.boolean(),
  /** The files were cleared: the records are to be written back from this backup (set until done). */
  rebuildFrom: backupName.nullable(),
});
export type DatabasePurgeStatus = z.infer<typeof purgeStatus>;

/**
 * Chromium keeps IndexedDB in LevelDB files, where a deleted or overwritten value stays on disk
 * until a compaction nobody can ask for. After a PDPA erasure the app rebuilds its database
 * files (docs/PDPA.md "The database files on disk"): a backup of the scrubbed records, the
 * origin's IndexedDB files deleted by main, the records written back from that backup.
 */
export const databaseContract = {
  'database:purge-status': { input: z.undefined(), output: purgeStatus },
  /** Notes that an erasure was carried out here: the files are rebuilt now or at the next start. */
  'database:purge-want': { input: z.undefined(), output: purgeStatus },
  /**
   * Deletes the app's IndexedDB files once the named backup is this workstation's newest, made
   * in the last minutes, complete and undamaged; remembers it as the one to rebuild from first.
   */
  'database:purge-clear': { input: z.object({ backup: backupName }).strict(), output: purgeStatus },
  /** The records are back (counts checked): forget the rebuild and the wish. */
  'database:purge-done': { input: z.object({ backup: backupName }).strict(), output: purgeStatus },
} as const;
