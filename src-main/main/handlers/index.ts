import { createAuthHandlers } from '../auth/auth-handlers';
import { createAuthSession } from '../auth/session';
import { createExportHandlers, type ExportHandlerDeps } from '../exports/handlers';
import { createPhotoBundleHandlers } from '../exports/photo-bundle';
import type { HandlerTable } from '../ipc/dispatch';
import { createBlobHandlers } from '../blobs/blob-handlers';
import { localBlobStore } from '../blobs/blob-store';
import { createPdfHandlers, type PdfHandlerDeps } from '../pdf/handlers';
import { createAppHandlers, type AppHandlerDeps } from './app-handlers';
import { createBackupHandlers, type BackupHandlerDeps } from './backup-handlers';
import { officeKeysOf } from '../backup/office-keys';
import { createDeviceIdentityStore } from './device-identity';
import { createSyncHandlers, type SyncHandlerDeps } from './sync-handlers';
import { createKioskHandlers, type KioskHandlerDeps } from '../kiosk/kiosk-handlers';
import { createKioskStore, type KioskStore } from '../kiosk/kiosk-store';
import { isKioskOn } from '../kiosk/kiosk-guard';
import { createUpdateController, type Updater } from '../updates/update-controller';
import { createUpdateHandlers } from '../updates/update-handlers';
import { createPurgeHandlers, type PurgeHandlerDeps } from '../database/purge-handlers';

/** Everything main's handlers need from the outside world, injected so tests run without Electron. */
export type MainDeps = AppHandlerDeps &
  Pick<SyncHandlerDeps, 'chooseFolder' | 'protector' | 'createInflateWorker' | 'kdf' | 'shareFs'> &
  Pick<BackupHandlerDeps, 'chooseOpenFile'> & { now?: () => Date; pdf: PdfHandlerDeps; exports: Omit<ExportHandlerDeps, 'readBlob'> } & {
    /** Kiosk mode as main's window guards read it (the app passes the one it read at startup). */
    kiosk?: KioskStore;
    applyKioskToWindow?: KioskHandlerDeps['applyToWindow'];
    /** electron-updater in the installed app only; without it the update status is 'off'. */
    updater?: Updater;
    /** Deletes the app's IndexedDB files, for the rebuild after a PDPA erasure (database/purge-handlers.ts). */
    clearAppDatabases?: PurgeHandlerDeps['clearAppDatabases'];
  };

/** The one handler table: registered with ipcMain in the app, bridged by the E2E harness. */
export function createHandlerTable(deps: MainDeps): HandlerTable {
  const shared = { userDataDir: deps.userDataDir, ...(deps.now ? { now: deps.now } : {}) };
  const blobs = localBlobStore(deps.userDataDir);
  const readBlob = (id: string) => blobs.read(id);
  const identity = createDeviceIdentityStore({ userDataDir: deps.userDataDir, hostname: deps.hostname });
  // One signed-in session per table: the auth channels set it, main's guarded handlers read it.
  const session = createAuthSession(shared);
  const kiosk = deps.kiosk ?? createKioskStore(deps.userDataDir);
  const backups = createBackupHandlers({
    ...shared,
    session,
    chooseFolder: deps.chooseFolder,
    chooseOpenFile: deps.chooseOpenFile,
    protector: deps.protector,
    officeKeys: officeKeysOf(deps.userDataDir, deps.protector),
    ...(deps.kdf ? { kdf: deps.kdf } : {}),
  });
  return {
    ...createAuthHandlers({ ...shared, session, ...(deps.kdf ? { kdf: deps.kdf } : {}) }),
    ...createKioskHandlers({ kiosk, session, ...(deps.applyKioskToWindow ? { applyToWindow: deps.applyKioskToWindow } : {}), ...(deps.now ? { now: deps.now } : {}) }),
    ...createUpdateHandlers({ updates: createUpdateController(deps.updater ?? null), session, kioskOn: () => isKioskOn(kiosk.current()) }),
    ...createBlobHandlers({ store: blobs, ...(deps.now ? { now: deps.now } : {}) }),
    ...createAppHandlers({ ...deps, identity }),
    ...createPdfHandlers(deps.pdf),
    ...createExportHandlers({ ...deps.exports, readBlob, session }),
    ...createSyncHandlers({ ...shared, chooseFolder: deps.chooseFolder, protector: deps.protector, createInflateWorker: deps.createInflateWorker, identity, session, ...(deps.kdf ? { kdf: deps.kdf } : {}), ...(deps.shareFs ? { shareFs: deps.shareFs } : {}) }),
    ...backups,
    ...createPurgeHandlers({
      ...shared,
      ...(deps.clearAppDatabases ? { clearAppDatabases: deps.clearAppDatabases } : {}),
      backups: { list: async () => backups['backup:list'](undefined), open: async (name) => backups['backup:open']({ name }) },
      deviceId: async () => (await identity.get()).deviceId,
    }),
    ...createPhotoBundleHandlers({ chooseFolder: deps.chooseFolder, writeFile: (path, bytes) => deps.exports.writeFile(path, bytes), readBlob }),
  };
}
