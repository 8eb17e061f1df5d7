import { MIN_BACKUP_KEEP } from '../../shared/ipc/channels/backup';
import type { HandlerTable } from '../ipc/dispatch';
import { createBlobStore, localBlobStore, type BlobStore } from '../blobs/blob-store';
import { asIpcErrors } from '../files/fs-errors';
import { nodeBackupFs, type BackupFs } from '../backup/backup-fs';
import { createBackupReader } from '../backup/backup-reader';
import { createBackupWriter } from '../backup/backup-writer';
import { backupLayout } from '../backup/layout';
import { createPins } from '../backup/pins';
import { convertLegacyLocalBackups } from '../backup/legacy-local';
import { collectStoreGarbage, infoOf, listSets, rotate } from '../backup/sets';
import { exportSet, importPicked } from '../backup/transfer';

export interface BackupHandlerDeps {
  userDataDir: string;
  now?: () => Date;
  /** The folder picker (export goes into a new folder inside it); null when the user cancels. */
  chooseFolder: () => Promise<string | null>;
  /** The open dialog for an import (an exported folder's manifest.json, or an old .json.gz). */
  chooseOpenFile: () => Promise<string | null>;
  /** Tests inject failing file functions (a full disk) and a wrapped local store. */
  fs?: BackupFs;
  localStore?: BlobStore;
  log?: (message: string, error?: unknown) => void;
  /** Cap on an old single-file export (default MAX_LEGACY_BYTES; tests lower it). */
  maxLegacyBytes?: number;
}

/** Imported backups of each kind kept, newest first, like any other kind. */
export const IMPORTED_KEEP = Math.max(MIN_BACKUP_KEEP, 10);

type BackupChannels =
  | 'backup:begin'
  | 'backup:write-rows'
  | 'backup:reuse-table'
  | 'backup:copy-blobs'
  | 'backup:commit'
  | 'backup:abort'
  | 'backup:list'
  | 'backup:open'
  | 'backup:read-rows'
  | 'backup:restore-blobs'
  | 'backup:export-folder'
  | 'backup:import';

/**
 * Local backups (docs/BACKUPS.md): streamed from the renderer part by part, blobs copied
 * file by file into one content-addressed store shared by every backup (incremental), each
 * backup made visible by a single rename, rotated by sequence number.
 */
export function createBackupHandlers(deps: BackupHandlerDeps): Pick<HandlerTable, BackupChannels> {
  const fs = deps.fs ?? nodeBackupFs;
  const layout = backupLayout(deps.userDataDir);
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const local = deps.localStore ?? localBlobStore(deps.userDataDir);
  const backupStore = createBlobStore(layout.store);
  const pins = createPins(now);
  const writer = createBackupWriter({ fs, layout, local, backupStore, now, pins, log });
  const reader = createBackupReader({ fs, layout, local, backupStore, pins });
  const transfer = { fs, layout, backupStore, hold: (token: string) => writer.hold(token), ...(deps.maxLegacyBytes ? { maxLegacyBytes: deps.maxLegacyBytes } : {}) };

  /** After an import: rotate its kind, and collect blobs no backup needs (unless one is being written). */
  async function tidy(reason: 'imported'): Promise<void> {
    try {
      await rotate(fs, layout, reason, IMPORTED_KEEP, pins.isPinned);
      if (!writer.busy) await collectStoreGarbage(fs, layout, backupStore);
    } catch (error) {
      log('backup rotation failed', error);
    }
  }

  return {
    'backup:begin': ({ reason }) => writer.begin(reason),
    'backup:write-rows': (input) => writer.writeRows(input),
    'backup:reuse-table': (input) => writer.reuseTable(input),
    'backup:copy-blobs': (input) => writer.copyBlobs(input),
    'backup:commit': (input) => writer.commit(input),
    'backup:abort': ({ token }) => writer.abort(token),
    'backup:list': () =>
      asIpcErrors(async () => {
        await convertLegacyLocalBackups({ ...transfer, log });
        return (await listSets(fs, layout)).map(infoOf);
      }),
    'backup:open': ({ name }) => reader.open(name),
    'backup:read-rows': (input) => reader.readRows(input),
    'backup:restore-blobs': (input) => reader.restoreBlobs(input),
    'backup:export-folder': ({ name }) =>
      asIpcErrors(async () => {
        const parent = await deps.chooseFolder();
        if (!parent) return { path: null };
        return { path: await exportSet(transfer, name, parent) };
      }),
    'backup:import': () =>
      asIpcErrors(async () => {
        const path = await deps.chooseOpenFile();
        if (!path) return { name: null };
        const set = await importPicked(transfer, path);
        await tidy('imported');
        return { name: set.name };
      }),
  };
}
