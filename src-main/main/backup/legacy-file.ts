import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { BACKUP_PART_CHARS, type BackupReason } from '../../shared/ipc/channels/backup';
import { IpcError } from '../../shared/ipc/errors';
import type { BlobStore } from '../blobs/blob-store';
import { join } from 'node:path';
import { MAX_BLOB_BYTES } from '../../shared/ipc/channels/blob';
import type { BackupFs } from './backup-fs';
import { sealBlobBytes, type BackupCrypto } from './backup-seal';
import { gunzipCapped, isGzip } from './gzip';
import type { BackupLayout } from './layout';
import { SetBuilder } from './set-builder';
import type { BackupSet } from './sets';

/**
 * The previous version's backups and exports: one JSON document (formatVersion 1) holding
 * every table, photos inside a `blobs` table as base64 (`{"$bytes": …}`). Such a file cannot
 * be bigger than a JavaScript string (the old writer failed beyond that), so it is read whole,
 * with the decompressed size capped below V8's string limit.
 */
export const MAX_LEGACY_BYTES = 512 * 1024 * 1024;

const legacySchema = z.object({
  format: z.literal('pr-desk-backup'),
  formatVersion: z.literal(1),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  deviceId: z.string().max(64),
  tables: z.record(z.string().regex(/^[A-Za-z]{1,64}$/), z.array(z.record(z.string(), z.unknown()))),
});
type LegacyBackup = z.infer<typeof legacySchema>;

/** Reads a legacy file's bytes (gzip or plain JSON); anything else is `not-allowed`, nothing written. */
export async function parseLegacyBackup(bytes: Buffer, maxBytes = MAX_LEGACY_BYTES): Promise<LegacyBackup> {
  if (bytes.byteLength > maxBytes) throw new IpcError({ code: 'not-allowed', detail: 'file too large to be a PR Desk export' });
  const text = isGzip(bytes) ? (await gunzipCapped(bytes, maxBytes)).toString('utf8') : bytes.toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new IpcError({ code: 'not-allowed', detail: 'not a PR Desk backup (not JSON)' });
  }
  const parsed = legacySchema.safeParse(raw);
  if (!parsed.success) throw new IpcError({ code: 'not-allowed', detail: 'not a PR Desk backup' });
  return parsed.data;
}

function base64Of(value: unknown): string | null {
  const b64 = value !== null && typeof value === 'object' ? (value as { $bytes?: unknown }).$bytes : undefined;
  return typeof b64 === 'string' ? b64 : null;
}

/** Rows as NDJSON parts of at most BACKUP_PART_CHARS characters, as the renderer writes them. */
function* ndjsonParts(rows: readonly unknown[]): Generator<{ text: string; rows: number }> {
  let lines: string[] = [];
  let chars = 0;
  for (const row of rows) {
    const line = JSON.stringify(row);
    if (lines.length > 0 && chars + line.length + 1 > BACKUP_PART_CHARS) {
      yield { text: `${lines.join('\n')}\n`, rows: lines.length };
      lines = [];
      chars = 0;
    }
    lines.push(line);
    chars += line.length + 1;
  }
  if (lines.length > 0) yield { text: `${lines.join('\n')}\n`, rows: lines.length };
}

/**
 * Turns a legacy document into a (sealed, format-3) set: each table's rows become NDJSON parts (bytes stay
 * `{"$bytes": …}`, which the restore reads as before); the `blobs` table's bytes go into the
 * backup store as sealed files and its rows are dropped (blobs are files now). A blob whose bytes do
 * not hash to its id is left out, so the preview counts it as absent.
 */
export async function convertLegacyBackup(
  deps: { fs: BackupFs; layout: BackupLayout; backupStore: BlobStore; hold: (token: string) => () => void },
  crypto: BackupCrypto,
  legacy: LegacyBackup,
  reason: BackupReason,
): Promise<BackupSet> {
  const token = randomUUID();
  const release = deps.hold(token);
  let builder: SetBuilder | null = null;
  try {
    builder = await SetBuilder.begin(deps.fs, deps.layout, crypto, token);
    for (const [table, rows] of Object.entries(legacy.tables)) {
      if (table === 'blobs') continue;
      let part = 0;
      for (const chunk of ndjsonParts(rows)) await builder.writePart(table, part++, chunk.rows, chunk.text);
    }
    const stored: { id: string; size: number }[] = [];
    const listed = new Set<string>();
    for (const row of legacy.tables.blobs ?? []) {
      const b64 = base64Of(row.data);
      if (b64 === null || typeof row.id !== 'string' || listed.has(row.id)) continue;
      const bytes = Buffer.from(b64, 'base64');
      if (bytes.byteLength === 0) continue;
      if (bytes.byteLength > MAX_BLOB_BYTES) continue; // larger than any blob may be: left out
      const put = await sealBlobBytes(deps.fs, crypto, bytes, deps.backupStore.dir, join(deps.backupStore.dir, 'tmp'));
      const { id, size } = put;
      if (id !== row.id) continue;
      listed.add(id);
      stored.push({ id, size });
    }
    // Ids listed that the legacy file referred to but could not supply are simply absent.
    for (const { id, size } of stored.sort((a, b) => (a.id < b.id ? -1 : 1))) await builder.blobList.add(id, size);
    const createdAt = Number.isNaN(Date.parse(legacy.createdAt)) ? new Date(0).toISOString() : new Date(legacy.createdAt).toISOString();
    return await builder.commit({ reason, createdAt, schemaVersion: legacy.schemaVersion, deviceId: legacy.deviceId || 'unknown' });
  } catch (error) {
    await builder?.discard().catch(() => undefined);
    throw error;
  } finally {
    release();
  }
}
