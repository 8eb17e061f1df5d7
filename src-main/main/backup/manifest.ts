import { z } from 'zod';
import { BACKUP_REASONS } from '../../shared/ipc/channels/backup';
import { openBackupFile, sealBackupFile, type BackupCrypto } from './backup-seal';

export const BACKUP_FORMAT = 'pr-desk-backup';
/** Format 3: every file sealed with the backup key. Format 2 (plain) is still read, never written. */
export const BACKUP_FORMAT_VERSION = 3;
export const PLAIN_FORMAT_VERSION = 2;
/** Where the manifest sits in the sealed file's AAD. */
export const MANIFEST_PLACE = 'manifest';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const tableName = z.string().regex(/^[A-Za-z]{1,64}$/);

export const partSchema = z.object({
  /** `<table>.<part>.sealed` (format 3) or `.ndjson.gz` (format 2) inside `tables/`; nothing else may be named. */
  file: z.string().regex(/^[A-Za-z]{1,64}\.\d{1,7}\.(ndjson\.gz|sealed)$/),
  /** SHA-256 of the bytes as written (sealed, in format 3): checked before a part is used. */
  sha256,
  rows: z.number().int().nonnegative(),
  /** Compressed size: what the backup list shows as the size of the records. */
  bytes: z.number().int().nonnegative(),
});
export type PartEntry = z.infer<typeof partSchema>;

/**
 * A backup's table of contents (formatVersion 2). Written last: a set folder without a
 * readable manifest is not a backup. Record parts are hashed; the blob list is hashed as a
 * whole (its ids are themselves hashes of the blob files in the backup store).
 */
export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.union([z.literal(PLAIN_FORMAT_VERSION), z.literal(BACKUP_FORMAT_VERSION)]),
  seq: z.number().int().nonnegative(),
  reason: z.enum(BACKUP_REASONS),
  createdAt: z.iso.datetime(),
  schemaVersion: z.number().int().positive(),
  deviceId: z.string().min(1).max(64),
  tables: z.record(tableName, z.object({ rows: z.number().int().nonnegative(), parts: z.array(partSchema).max(1_000_000) })),
  blobs: z.object({ count: z.number().int().nonnegative(), bytes: z.number().int().nonnegative(), listSha256: sha256 }),
  /** Each table's change token when the backup read it (absent in older backups): what a later backup may reuse. */
  tableGens: z.record(tableName, z.string().max(64)).optional(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/**
 * `manifest.json` of format 3: plain JSON saying only what it is and which key opens it; the
 * manifest itself is `sealed` (base64 of a sealed file at place `manifest`), so neither a
 * record count nor a device id can be read, or changed, without the backup key.
 */
const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  keyId: z.uuid(),
  sealed: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

function parsePlain(raw: unknown): BackupManifest | null {
  const parsed = manifestSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Which key a manifest file needs (null for a plain format-2 one, or a file that is no manifest). */
export function manifestKeyId(text: string): string | null {
  try {
    const parsed = envelopeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.keyId : null;
  } catch {
    return null;
  }
}

/**
 * Reads a manifest file: a sealed format-3 one with `crypto` (null when it is another key's,
 * or does not open: tampered), or a plain format-2 one. Null when it is not a manifest at all.
 */
export function parseManifest(text: string, crypto: BackupCrypto | null): BackupManifest | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const plain = parsePlain(raw);
    return plain?.formatVersion === PLAIN_FORMAT_VERSION ? plain : null;
  }
  if (!crypto || crypto.keyId !== envelope.data.keyId) return null;
  try {
    const inner = parsePlain(JSON.parse(openBackupFile(crypto, MANIFEST_PLACE, Buffer.from(envelope.data.sealed, 'base64')).toString('utf8')));
    return inner?.formatVersion === BACKUP_FORMAT_VERSION ? inner : null;
  } catch {
    return null;
  }
}

export function manifestFileText(manifest: BackupManifest, crypto: BackupCrypto): string {
  const sealed = sealBackupFile(crypto, MANIFEST_PLACE, Buffer.from(JSON.stringify(manifest), 'utf8'));
  return JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, keyId: crypto.keyId, sealed: sealed.toString('base64') });
}

/** Bytes of compressed records in a backup (its blobs are counted separately: they are shared). */
export function recordBytesOf(manifest: BackupManifest): number {
  let total = 0;
  for (const { parts } of Object.values(manifest.tables)) for (const part of parts) total += part.bytes;
  return total;
}
