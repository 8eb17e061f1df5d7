import type { Actor } from '../../src-main/shared/auth/permissions';
import { UNKNOWN_ACTOR } from '../../src-main/shared/domain/envelope';
import { mainProcess, putBlob } from '../platform';
import { streamBackup } from './backup';
import type { PurgeProgress } from './database-purge';
import { rebuildDatabaseFilesIfWanted, type RebuildOutcome } from './database-rebuild';
import { openPrDeskDb, type PrDeskDb } from './db';
import { hasLegacyBlobs, moveLegacyBlobs } from './legacy-blobs';
import { localSettings, type LocalSettings } from './local-settings';
import { requestPersistentStorage } from './persist';
import { seedStandardMissions } from './seed-missions';

/** A one-time step of the start, for the screen to say what it is doing. */
export type StartStep = { kind: 'moving-files'; done: number; total: number } | { kind: 'rebuilding'; progress: PurgeProgress };

export interface StartedDatabase {
  /** For DatabaseProvider only: the shell holds it and never reads it. */
  readonly database: PrDeskDb;
  /** This workstation's language (its own setting, not synced). */
  readonly language: LocalSettings['language'];
  /** 'failed': the files could not be rebuilt after an erasure (tried again at the next start). */
  readonly rebuild: RebuildOutcome['outcome'];
  close(): void;
}

/**
 * Opens this workstation's database and does what must come before any screen: new database
 * files after a PDPA erasure, photos older versions kept inside the database moved into main's
 * file store (once), the standard missions seeded, persistent storage asked for. An upgrade of
 * the schema is preceded by a streamed backup of the old database, so it can be undone. The
 * shell (app/Bootstrap.tsx) calls this and hands the result to DatabaseProvider.
 */
export async function startDatabase({ deviceId, acting, onStep }: { deviceId: string; acting: () => Actor | null; onStep: (step: StartStep) => void }): Promise<StartedDatabase> {
  const open = () =>
    openPrDeskDb({
      deviceId,
      getActor: () => acting()?.staffId ?? UNKNOWN_ACTOR,
      acting,
      // The old database as it is, streamed (its photo bytes too): an upgrade can be undone.
      backupBeforeUpgrade: async (old, meta) => {
        await streamBackup(old, { reason: 'before-upgrade', keep: 5, includeLegacyBlobs: true, ...meta });
      },
    });
  // After a PDPA erasure: new database files without the erased values, before anything else.
  const { db, outcome } = await rebuildDatabaseFilesIfWanted(await open(), open, mainProcess(), (progress) => onStep({ kind: 'rebuilding', progress }));
  if (await hasLegacyBlobs(db)) await moveLegacyBlobs(db, putBlob, ({ done, total }) => onStep({ kind: 'moving-files', done, total }));
  const language = await localSettings(db).get('language');
  await seedStandardMissions(db);
  void requestPersistentStorage();
  return { database: db, language, rebuild: outcome, close: () => db.close() };
}
