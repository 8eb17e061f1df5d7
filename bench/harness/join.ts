/**
 * Harness steps for the join-new-workstation measurement: turn a seeded office (raw records,
 * as bench/seed writes them) into published history with a snapshot in the share, as an office
 * that has synced for ten years has, and count what a joining workstation ends up with.
 */
import { Dexie } from 'dexie';
import { SCHEMA_VERSIONS } from '../../src-renderer/data/schema';
import { CURRENT_SCHEMA_VERSION, SYNCED_TABLES, writeSyncMeta, type PrDeskDb, type SyncRecordRow } from '../../src-renderer/data';
import { putSyncRecords } from '../../src-renderer/data/sync-store';
import { writeSnapshotIfDue } from '../../src-renderer/features/sync/data/snapshot';
import { applyOp, emptyRecordState } from '../../src-main/shared/sync/merge';
import { mainProcess } from '../../src-renderer/platform';

const CHUNK = 2_000;
const ENVELOPE = new Set(['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'clocks']);

/**
 * Gives every seeded record the merge state its create op would have left (one write of all its
 * fields by this device) and marks that many ops published: the state a workstation is in after
 * years of syncing, without replaying years of edits here.
 */
export async function adoptSeeded(db: PrDeskDb): Promise<number> {
  const deviceId = db.writer.deviceId;
  let seq = 0;
  for (const table of SYNCED_TABLES) {
    const ids = (await db.table(table).toCollection().primaryKeys()) as string[];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const records = (await db.table(table).bulkGet(ids.slice(start, start + CHUNK))) as (Record<string, unknown> | undefined)[];
      const rows: SyncRecordRow[] = [];
      for (const record of records) {
        if (!record) continue;
        seq += 1;
        const fields = Object.fromEntries(Object.entries(record).filter(([key]) => !ENVELOPE.has(key)));
        const at = typeof record.createdAt === 'string' ? record.createdAt : new Date().toISOString();
        const op = { opId: crypto.randomUUID(), table, recordId: String(record.id), kind: 'create' as const, hlc: db.writer.clock.tick(), fields, bases: {}, actor: 'bench', deviceId, at, schemaVersion: CURRENT_SCHEMA_VERSION };
        rows.push({ table, recordId: String(record.id), state: applyOp(emptyRecordState(), op), localSeq: 0, hasConflicts: 0 });
      }
      await putSyncRecords(db, rows);
    }
  }
  await writeSyncMeta(db, { publishedThrough: seq });
  return seq;
}

export async function writeSnapshotNow(db: PrDeskDb): Promise<{ ms: number; written: boolean }> {
  const started = performance.now();
  const written = await writeSnapshotIfDue(db, mainProcess(), true);
  return { ms: performance.now() - started, written };
}

/** Records per synced table (non-empty ones). */
export async function countRecords(db: PrDeskDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of SYNCED_TABLES) {
    const n = await db.table(table).count();
    if (n > 0) counts[table] = n;
  }
  return counts;
}

/**
 * The floor for the join: the same records this workstation now holds, written again with plain
 * Dexie bulkPut into a fresh database with the app's indexes (no merge states, no sync code).
 * Only the writes are timed.
 */
export async function rawRewrite(db: PrDeskDb): Promise<number> {
  const stores: Record<string, string> = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.stores ?? {};
  await Dexie.delete('bench-join-raw');
  const raw = new Dexie('bench-join-raw');
  raw.version(1).stores(Object.fromEntries(SYNCED_TABLES.map((table) => [table, stores[table] ?? 'id'])));
  await raw.open();
  let ms = 0;
  for (const table of SYNCED_TABLES) {
    const ids = (await db.table(table).toCollection().primaryKeys()) as string[];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const records = await db.table(table).bulkGet(ids.slice(start, start + CHUNK));
      const started = performance.now();
      await raw.table(table).bulkPut(records);
      ms += performance.now() - started;
    }
  }
  raw.close();
  return ms;
}
