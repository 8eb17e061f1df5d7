import { join } from 'node:path';
import { IpcError } from '../../shared/ipc/errors';
import type { BackupFs } from './backup-fs';
import { readBlobList, readSealedBlobList, hashBlobList } from './blob-list';
import { openBackupFile, storedBlobName, type BackupCrypto } from './backup-seal';
import { gunzipCapped, sha256Of } from './gzip';
import { BLOB_LIST_FILE, SEALED_BLOB_LIST_FILE, TABLES_DIR } from './layout';
import { PLAIN_FORMAT_VERSION, type BackupManifest, type PartEntry } from './manifest';

/**
 * A stored part is at most BACKUP_PART_CHARS characters of a converted old file (≤ 4 bytes each
 * in UTF-8; parts the app writes are smaller: BACKUP_PART_BYTES) plus slack.
 */
export const MAX_PART_BYTES = 4_000_000 * 4 + 1024;

/**
 * What is inside a set folder, for either format: format 3 (sealed with the backup key) and
 * format 2 (plain, written by earlier versions, still read so no office loses old backups).
 */
export function isPlain(manifest: BackupManifest): boolean {
  return manifest.formatVersion === PLAIN_FORMAT_VERSION;
}

/** Format 3 needs the key; a caller without one has a bug, not a damaged backup. */
function need(crypto: BackupCrypto | null): BackupCrypto {
  if (!crypto) throw new IpcError({ code: 'backup-locked', detail: 'a sealed backup needs the backup key' });
  return crypto;
}

/** A photo's file name in the store the set's photos are in (its id, or its HMAC name in format 3). */
export function storeNameOf(manifest: BackupManifest, crypto: BackupCrypto | null, id: string): string {
  return isPlain(manifest) ? id : storedBlobName(need(crypto), id);
}

/** The set's photo ids, in order; `damaged-file` when a sealed list is missing or does not match. */
export async function* blobIdsOf(fs: BackupFs, dir: string, manifest: BackupManifest, crypto: BackupCrypto | null): AsyncGenerator<string> {
  if (isPlain(manifest)) {
    yield* readBlobList(join(dir, BLOB_LIST_FILE));
    return;
  }
  yield* await readSealedBlobList(fs, join(dir, SEALED_BLOB_LIST_FILE), need(crypto), manifest.blobs.listSha256);
}

/** True when the set's photo list is whole and matches the manifest. */
export async function blobListIntact(fs: BackupFs, dir: string, manifest: BackupManifest, crypto: BackupCrypto | null): Promise<boolean> {
  if (isPlain(manifest)) {
    const path = join(dir, BLOB_LIST_FILE);
    return (await fs.fileSize(path)) !== null && (await hashBlobList(path)).sha256 === manifest.blobs.listSha256;
  }
  try {
    await readSealedBlobList(fs, join(dir, SEALED_BLOB_LIST_FILE), need(crypto), manifest.blobs.listSha256);
    return true;
  } catch (error) {
    if (error instanceof IpcError && error.code === 'damaged-file') return false;
    throw error;
  }
}

/** A part's bytes as stored, checked against the manifest's SHA-256; null when missing or amiss. */
export async function readStoredPart(fs: BackupFs, dir: string, entry: PartEntry): Promise<Buffer | null> {
  const path = join(dir, TABLES_DIR, entry.file);
  const size = await fs.fileSize(path);
  if (size === null || size > MAX_PART_BYTES || size !== entry.bytes) return null;
  const bytes = await fs.readFile(path);
  return sha256Of(bytes) === entry.sha256 ? bytes : null;
}

/** The gzip bytes of a part as stored (opened, in format 3). */
export function partGzip(manifest: BackupManifest, crypto: BackupCrypto | null, entry: PartEntry, stored: Buffer): Buffer {
  return isPlain(manifest) ? stored : openBackupFile(need(crypto), `${TABLES_DIR}/${entry.file}`, stored, MAX_PART_BYTES);
}

/** A part's NDJSON (UTF-8), verified; `damaged-file` when it is missing, altered or does not open. */
export async function readPartBytes(fs: BackupFs, dir: string, manifest: BackupManifest, crypto: BackupCrypto | null, entry: PartEntry): Promise<Uint8Array<ArrayBuffer>> {
  const stored = await readStoredPart(fs, dir, entry);
  if (!stored) throw new IpcError({ code: 'damaged-file', detail: entry.file });
  return new Uint8Array(await gunzipCapped(partGzip(manifest, crypto, entry, stored), MAX_PART_BYTES));
}
