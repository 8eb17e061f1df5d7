import { eraseBlobs, mainProcess } from '../platform';
import { redactBackups } from './backup-redaction';
import type { PrDeskDb } from './db';
import type { ErasureFiles } from './erase-person';

/**
 * What follows an erasure on this workstation, in main: the person's files leave the store,
 * every temporary preview PDF goes, this computer's backups are rewritten without them (if a
 * backup is in use, the next sync finishes it), and new database files are asked for.
 */
export function erasureFollowUp(db: PrDeskDb): ErasureFiles {
  return {
    eraseBlobs,
    forgetPreviews: async (): Promise<void> => {
      await mainProcess().pdfForgetPreviews({});
    },
    redactBackups: async (): Promise<void> => {
      await redactBackups(db, mainProcess());
    },
    wantDatabaseRebuild: async (): Promise<void> => {
      await mainProcess().databasePurgeWant();
    },
  };
}
