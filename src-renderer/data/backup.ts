import { Dexie } from 'dexie';
import { z } from 'zod';
import type { PrDeskDb } from './db';
import { markUnlogged } from './outbox-middleware';
import { CURRENT_SCHEMA_VERSION, SYNCED_TABLES } from './schema';

/**
 * The whole database as one JSON document: automatic and manual backups, and the
 * export/import file. Bytes (photos, logos) travel as base64 under `{"$bytes": …}`.
 */
export const BACKUP_FORMAT = 'pr-desk-backup';

const TABLES = [...SYNCED_TABLES, 'outbox', 'blobs', 'localSettings', 'syncRecords', 'syncMeta', 'syncHeld'] as const;
export type BackupTable = (typeof TABLES)[number];

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  deviceId: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type Backup = z.infer<typeof backupSchema>;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function exportDatabase(db: PrDeskDb, now = new Date()): Promise<string> {
  return exportTables(db, { schemaVersion: CURRENT_SCHEMA_VERSION, deviceId: db.writer.deviceId, now });
}

/**
 * Any open Dexie database of ours, whatever its version: also the old database read just
 * before an upgrade (a backup that still has the version it came from).
 */
export async function exportTables(dexie: Dexie, meta: { schemaVersion: number; deviceId: string; now: Date }): Promise<string> {
  const present = TABLES.filter((name) => dexie.tables.some((t) => t.name === name));
  const tables: Record<string, unknown[]> = {};
  await dexie.transaction('r', present.map((name) => dexie.table(name)), async () => {
    for (const name of present) tables[name] = await dexie.table(name).toArray();
  });
  const backup = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.now.toISOString(),
    deviceId: meta.deviceId,
    tables,
  };
  return JSON.stringify(backup, (_key, value: unknown) =>
    value instanceof Uint8Array ? { $bytes: toBase64(value) } : value,
  );
}

export class BackupFormatError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BackupFormatError';
  }
}

/** Reads a backup file's text; anything that is not a PR Desk backup is refused, nothing written. */
export function parseBackup(json: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(json, (_key, value: unknown) =>
      value && typeof value === 'object' && typeof (value as { $bytes?: unknown }).$bytes === 'string'
        ? fromBase64((value as { $bytes: string }).$bytes)
        : value,
    );
  } catch {
    throw new BackupFormatError('not-json');
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) throw new BackupFormatError('not-a-backup');
  if (parsed.data.schemaVersion > CURRENT_SCHEMA_VERSION) throw new BackupFormatError('newer-version');
  for (const name of Object.keys(parsed.data.tables)) {
    if (!(TABLES as readonly string[]).includes(name)) throw new BackupFormatError('unknown-table');
  }
  return parsed.data;
}

/** What a backup holds, for the preview before restoring. */
export function summarizeBackup(backup: Backup): { table: string; rows: number }[] {
  return TABLES.map((table) => ({ table, rows: backup.tables[table]?.length ?? 0 }));
}

/**
 * Tables a restore leaves as they are: where this workstation stands in the shared sync
 * folder is a fact about the folder, not about the backup. Going back to an older position
 * would make the next publish clash with this workstation's own files.
 */
const KEPT_ON_RESTORE = new Set<string>(['syncMeta']);

/**
 * Replaces the database with the backup in one transaction: either everything is the
 * backup's, or (on any error) everything stays as it was. Afterwards the next sync also
 * replays this workstation's own published changes, so what was done after the backup and
 * already shared comes back instead of being silently dropped.
 */
export async function restoreDatabase(db: PrDeskDb, backup: Backup): Promise<void> {
  await db.transaction('rw', TABLES.map((name) => db.table(name)), async () => {
    const tx = Dexie.currentTransaction as unknown as { idbtrans: object } | null;
    if (!tx) throw new Error('no transaction');
    markUnlogged(tx.idbtrans);
    const cursorRow = await db.syncMeta.get('cursor');
    const cursor = (cursorRow?.value ?? {}) as Record<string, number>;
    await db.syncMeta.put({ key: 'cursor', value: { ...cursor, [db.writer.deviceId]: 0 } });
    for (const name of TABLES) {
      if (KEPT_ON_RESTORE.has(name)) continue;
      const table = db.table(name);
      await table.clear();
      const rows = backup.tables[name] ?? [];
      if (rows.length > 0) await table.bulkAdd(rows);
    }
  });
  // Stamps issued after the restore must still sort after everything in it.
  const newest = await db.outbox.orderBy('seq').last();
  if (newest) db.writer.clock.receive(newest.hlc);
}
