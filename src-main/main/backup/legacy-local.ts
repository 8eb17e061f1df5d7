import { join } from 'node:path';
import { BACKUP_REASONS, type BackupReason } from '../../shared/ipc/channels/backup';
import { IpcError } from '../../shared/ipc/errors';
import type { BlobStore } from '../blobs/blob-store';
import type { BackupFs } from './backup-fs';
import type { BackupCrypto } from './backup-seal';
import type { BackupLayout } from './layout';
import { MAX_LEGACY_BYTES, convertLegacyBackup, parseLegacyBackup } from './legacy-file';

/** Backups written by the previous version: `backups/pr-desk-YYYYMMDD-HHMMSS-<reason>.json.gz`. */
const LEGACY_NAME = /^pr-desk-\d{8}-\d{6}-([a-z-]+)\.json\.gz$/;

/**
 * Converts the previous version's local backups into v2 sets, oldest first (their stamps sort
 * by name), so the new sequence numbers keep their order. An old file is deleted only after
 * its set is committed; one that cannot be read is renamed `….unreadable` and kept, never
 * deleted and never retried on every listing.
 */
export async function convertLegacyLocalBackups(
  deps: { fs: BackupFs; layout: BackupLayout; backupStore: BlobStore; hold: (token: string) => () => void; log: (message: string, error?: unknown) => void },
  crypto: BackupCrypto,
): Promise<number> {
  const { fs, layout } = deps;
  const names = (await fs.list(layout.root)).filter((name) => LEGACY_NAME.test(name)).sort();
  let converted = 0;
  for (const name of names) {
    const reason = LEGACY_NAME.exec(name)?.[1] as BackupReason;
    const path = join(layout.root, name);
    try {
      const size = await fs.fileSize(path);
      if (size === null || size > MAX_LEGACY_BYTES || !BACKUP_REASONS.includes(reason)) throw new Error('not a backup file');
      await convertLegacyBackup(deps, crypto, await parseLegacyBackup(await fs.readFile(path)), reason);
    } catch (error) {
      deps.log(`old backup ${name} could not be converted`, error);
      // A file-system failure (a full disk) is worth another try later; a damaged file is set aside.
      if (!(error instanceof IpcError) && typeof (error as NodeJS.ErrnoException).code === 'string') throw error;
      await fs.rename(path, `${path}.unreadable`).catch(() => undefined);
      continue;
    }
    await fs.remove(path);
    converted += 1;
  }
  return converted;
}
