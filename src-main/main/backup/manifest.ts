import { z } from 'zod';
import { BACKUP_REASONS } from '../../shared/ipc/channels/backup';

export const BACKUP_FORMAT = 'pr-desk-backup';
export const BACKUP_FORMAT_VERSION = 2;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const tableName = z.string().regex(/^[A-Za-z]{1,64}$/);

export const partSchema = z.object({
  /** `<table>.<part>.ndjson.gz` inside `tables/`; nothing else may be named. */
  file: z.string().regex(/^[A-Za-z]{1,64}\.\d{1,7}\.ndjson\.gz$/),
  /** SHA-256 of the compressed bytes as written: checked before a part is used. */
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
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
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

/** Parses a manifest's text; null when it is not a PR Desk v2 manifest. */
export function parseManifest(text: string): BackupManifest | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = manifestSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Bytes of compressed records in a backup (its blobs are counted separately: they are shared). */
export function recordBytesOf(manifest: BackupManifest): number {
  let total = 0;
  for (const { parts } of Object.values(manifest.tables)) for (const part of parts) total += part.bytes;
  return total;
}
