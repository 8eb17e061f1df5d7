import { join } from 'node:path';
import { BACKUP_NAME, BACKUP_REASONS, type BackupReason } from '../../shared/ipc/channels/backup';

/**
 * Where backups live, inside the app's own folder:
 *
 *   backups/KEY.json                     the backup key, wrapped (backup-key.ts)
 *   backups/store/<ab>/<hmac>            every blob once, sealed, shared by all backups (incremental)
 *   backups/sets/<NNNNNN>-<reason>/      one backup: manifest.json, tables/, blobs.sealed
 *   backups/tmp/<token>/                 a backup being written (never counted as a backup)
 *   backups/seq.json                     the next sequence number (never reused)
 */
export interface BackupLayout {
  root: string;
  store: string;
  sets: string;
  tmp: string;
  seqFile: string;
  setDir(name: string): string;
}

export function backupLayout(userDataDir: string): BackupLayout {
  const root = join(userDataDir, 'backups');
  const sets = join(root, 'sets');
  return {
    root,
    store: join(root, 'store'),
    sets,
    tmp: join(root, 'tmp'),
    seqFile: join(root, 'seq.json'),
    setDir: (name) => join(sets, name),
  };
}

export const MANIFEST_FILE = 'manifest.json';
/** Format 2's plain list of photo ids. */
export const BLOB_LIST_FILE = 'blobs.txt';
/** Format 3's list: the same lines, gzip, sealed (place `blobs`). */
export const SEALED_BLOB_LIST_FILE = 'blobs.sealed';
export const TABLES_DIR = 'tables';

export function setName(seq: number, reason: BackupReason): string {
  return `${String(seq).padStart(6, '0')}-${reason}`;
}

export function parseSetName(name: string): { seq: number; reason: BackupReason } | null {
  if (!BACKUP_NAME.test(name)) return null;
  const dash = name.indexOf('-');
  const reason = name.slice(dash + 1) as BackupReason;
  return BACKUP_REASONS.includes(reason) ? { seq: Number(name.slice(0, dash)), reason } : null;
}

/** A format-3 part: NDJSON, gzip, sealed (place `tables/<file>`). */
export function partFileName(table: string, part: number): string {
  return `${table}.${part}.sealed`;
}
