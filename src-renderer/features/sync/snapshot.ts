import { Dexie } from 'dexie';
import { z } from 'zod';
import {
  CURRENT_SCHEMA_VERSION,
  SYNCED_TABLES,
  currentSyncRecords,
  markUnlogged,
  readSyncMeta,
  storeMergedRecords,
  writeSyncMeta,
  type PrDeskDb,
} from '../../data';
import type { PrDeskClient } from '../../../src-main/shared/ipc/api';
import { SNAPSHOT_PART_CHARS } from '../../../src-main/shared/ipc/channels/sync';
import type { RecordState } from '../../../src-main/shared/sync/merge';
import { compactRecordState, expandRecordState, type CompactRecordState } from './snapshot-codec';

/** Write a fresh snapshot once this many more ops are covered than by the last one. */
export const SNAPSHOT_EVERY_OPS = 500;

const snapshotHead = {
  schemaVersion: z.number().int().positive(),
  deviceId: z.string(),
  /** deviceId → last seq of that device's log included in the states below. */
  vector: z.record(z.string(), z.number().int().nonnegative()),
};
/** Version 1 (older app versions still write it): plain record states. */
const snapshotV1Schema = z.object({
  formatVersion: z.literal(1),
  ...snapshotHead,
  records: z.array(z.object({ table: z.string(), recordId: z.string(), state: z.object({ fields: z.record(z.string(), z.unknown()) }) })),
});
/** Version 2: compact record states (snapshot-codec.ts), a third of the size. */
const snapshotV2Schema = z.object({
  formatVersion: z.literal(2),
  ...snapshotHead,
  records: z.array(
    z.object({
      table: z.string(),
      recordId: z.string(),
      s: z.object({ w: z.array(z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()])), f: z.record(z.string(), z.array(z.unknown())) }),
    }),
  ),
});
const snapshotSchema = z.discriminatedUnion('formatVersion', [snapshotV1Schema, snapshotV2Schema]);

function statesOf(snapshot: z.infer<typeof snapshotSchema>): { table: string; recordId: string; state: RecordState }[] {
  if (snapshot.formatVersion === 1) return snapshot.records.map((r) => ({ table: r.table, recordId: r.recordId, state: r.state as RecordState }));
  return snapshot.records.map((r) => ({ table: r.table, recordId: r.recordId, state: expandRecordState(r.s as CompactRecordState) }));
}

function coverage(vector: Record<string, number>): number {
  return Object.values(vector).reduce((sum, n) => sum + n, 0);
}

/**
 * Shares this workstation's whole merged state, with the log position it covers, so a new
 * workstation starts from it instead of replaying every file (issue 9). Only after a sync,
 * when everything local is published, so the position describes the state exactly.
 */
export async function writeSnapshotIfDue(db: PrDeskDb, main: PrDeskClient, force = false): Promise<boolean> {
  const meta = await readSyncMeta(db);
  if ((await db.outbox.where('published').equals(0).count()) > 0) return false;
  const vector = { ...meta.cursor, [db.writer.deviceId]: meta.publishedThrough };
  const covered = coverage(vector);
  const last = ((await db.syncMeta.get('snapshotCovered'))?.value as number | undefined) ?? 0;
  if (!force && covered - last < SNAPSHOT_EVERY_OPS) return false;
  const records: { table: string; recordId: string; s: CompactRecordState }[] = [];
  for (const table of SYNCED_TABLES) {
    for (const row of await currentSyncRecords(db, table)) records.push({ table, recordId: row.recordId, s: compactRecordState(row.state) });
  }
  const json = JSON.stringify({ formatVersion: 2, schemaVersion: CURRENT_SCHEMA_VERSION, deviceId: db.writer.deviceId, vector, records });
  const uploadId = crypto.randomUUID();
  const parts = Math.max(1, Math.ceil(json.length / SNAPSHOT_PART_CHARS));
  for (let part = 0; part < parts; part++) {
    const text = json.slice(part * SNAPSHOT_PART_CHARS, (part + 1) * SNAPSHOT_PART_CHARS);
    await main.syncWriteSnapshot({ deviceId: db.writer.deviceId, covered, uploadId, part, final: part === parts - 1, text });
  }
  await db.syncMeta.put({ key: 'snapshotCovered', value: covered });
  return true;
}

/** The folder's best snapshot, read in parts (see SNAPSHOT_PART_CHARS). */
async function readSnapshotJson(main: PrDeskClient): Promise<string | null> {
  const parts: string[] = [];
  let offset = 0;
  for (;;) {
    const part = await main.syncReadSnapshot({ offset });
    if (!part) return null;
    parts.push(part.text);
    offset += part.text.length;
    if (offset >= part.total || part.text.length === 0) return parts.join('');
  }
}

/**
 * A workstation that has never synced starts from the best snapshot in the folder: its states
 * become the base, this workstation's own edits are folded on top, and pulling continues from
 * the snapshot's position. Returns how many records it brought.
 */
export async function startFromSnapshot(db: PrDeskDb, main: PrDeskClient): Promise<number> {
  const meta = await readSyncMeta(db);
  if (Object.keys(meta.cursor).length > 0 || meta.publishedThrough > 0) return 0;
  const found = await readSnapshotJson(main);
  if (!found) return 0;
  const parsed = snapshotSchema.safeParse(JSON.parse(found));
  if (!parsed.success || parsed.data.schemaVersion > CURRENT_SCHEMA_VERSION) return 0; // replay the logs instead
  const snapshot = parsed.data;
  const tables = [...SYNCED_TABLES.map((name) => db.table(name)), db.syncRecords, db.syncMeta, db.outbox];
  await db.transaction('rw', tables, async () => {
    const tx = Dexie.currentTransaction as unknown as { idbtrans: object } | null;
    if (!tx) throw new Error('no transaction');
    markUnlogged(tx.idbtrans);
    // Per table, in bulk: the snapshot's states become the base, then local edits fold on top.
    const byTable = new Map<string, { table: string; recordId: string; state: RecordState }[]>();
    for (const record of statesOf(snapshot)) {
      if (!(SYNCED_TABLES as readonly string[]).includes(record.table)) continue;
      byTable.set(record.table, [...(byTable.get(record.table) ?? []), record]);
    }
    for (const [table, records] of byTable) {
      await db.syncRecords.bulkPut(records.map((r) => ({ table, recordId: r.recordId, state: r.state, localSeq: 0, hasConflicts: 0 as const })));
      const rows = await currentSyncRecords(db, table, records.map((r) => r.recordId));
      await storeMergedRecords(db, table, rows.map((row) => ({ row, ops: [] })));
    }
    const { [db.writer.deviceId]: _own, ...cursor } = snapshot.vector;
    await writeSyncMeta(db, { cursor });
  });
  return snapshot.records.length;
}
