import type { BackupInfo, BackupPreview } from '../../shared/ipc/channels/backup';
import { IpcError } from '../../shared/ipc/errors';
import type { HandlerTable } from '../ipc/dispatch';
import { purgeMarker } from './purge-marker';

type PurgeChannels = 'database:purge-status' | 'database:purge-want' | 'database:purge-clear' | 'database:purge-done';

/** How old the backup to rebuild from may be when the files are cleared: it was made just before. */
export const PURGE_BACKUP_MAX_AGE_MS = 10 * 60 * 1000;

export interface PurgeHandlerDeps {
  userDataDir: string;
  now?: () => Date;
  /**
   * Deletes the app origin's IndexedDB files (Electron: session.clearStorageData for the app's
   * origin, storages ['indexdb']; the E2E harness: the DevTools protocol's
   * Storage.clearDataForOrigin). Absent where nothing can clear them: the rebuild is refused.
   */
  clearAppDatabases?: () => Promise<void>;
  /** This PC's backups, as `backup:list` and `backup:open` answer. */
  backups: { list(): Promise<BackupInfo[]>; open(name: string): Promise<BackupPreview> };
  deviceId(): Promise<string>;
}

/**
 * The rebuild of the database files after a PDPA erasure (docs/PDPA.md). Clearing deletes every
 * record on this PC, so main does it only when the records are safe elsewhere: in the newest
 * backup, made minutes ago by this workstation, every part of it matching its manifest. A
 * renderer cannot use it to roll the PC back to an older backup (that is a restore, which needs
 * an administrator): only the state of a moment ago is accepted.
 */
export function createPurgeHandlers(deps: PurgeHandlerDeps): Pick<HandlerTable, PurgeChannels> {
  const marker = purgeMarker(deps.userDataDir);
  const now = deps.now ?? (() => new Date());

  async function refuseUnlessFresh(name: string): Promise<void> {
    const newest = (await deps.backups.list()).reduce<BackupInfo | null>((best, info) => (best && best.seq > info.seq ? best : info), null);
    if (newest?.name !== name) throw new IpcError({ code: 'not-allowed', detail: `purge: ${name} is not the newest backup` });
    const age = now().getTime() - Date.parse(newest.createdAt);
    if (!(age >= -60_000 && age <= PURGE_BACKUP_MAX_AGE_MS)) throw new IpcError({ code: 'not-allowed', detail: `purge: ${name} was not made just now` });
    const preview = await deps.backups.open(name);
    if (preview.deviceId !== (await deps.deviceId())) throw new IpcError({ code: 'not-allowed', detail: `purge: ${name} is another workstation's` });
    if (preview.tables.some((t) => t.damagedParts > 0)) throw new IpcError({ code: 'damaged-file', detail: `purge: ${name} has damaged parts` });
  }

  return {
    'database:purge-status': () => marker.read(),
    'database:purge-want': async () => {
      const current = await marker.read();
      return current.wanted ? current : marker.write({ ...current, wanted: true });
    },
    'database:purge-clear': async ({ backup }) => {
      const clear = deps.clearAppDatabases;
      if (!clear) throw new IpcError({ code: 'not-allowed', detail: 'purge: this app cannot clear its database files' });
      const current = await marker.read();
      // A rebuild under way is finished first: clearing again would lose what it writes back.
      if (current.rebuildFrom) throw new IpcError({ code: 'not-allowed', detail: `purge: rebuild from ${current.rebuildFrom} not finished` });
      await refuseUnlessFresh(backup);
      const status = await marker.write({ wanted: true, rebuildFrom: backup });
      try {
        await clear();
      } catch (error) {
        throw new IpcError({ code: 'io-failure', detail: `purge: clearing failed: ${(error as Error).message}` });
      }
      return status;
    },
    'database:purge-done': async ({ backup }) => {
      const current = await marker.read();
      if (current.rebuildFrom !== backup) return current;
      return marker.write({ wanted: false, rebuildFrom: null });
    },
  };
}
