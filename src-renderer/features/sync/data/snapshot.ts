import { SYNCED_TABLES, currentSyncRecords, readSyncMeta, unpublishedOps, type PrDeskDb } from '../../../data';
import { CURRENT_SCHEMA_VERSION } from '../../../data/schema';
import type { PrDeskClient } from '../../../../src-main/shared/ipc/api';
import { SNAPSHOT_PART_CHARS } from '../../../../src-main/shared/sync/snapshot-format';
import { NdjsonPartBuffer } from '../../../../src-main/shared/text/ndjson-bytes';
import { compactRecordState } from '../../../../src-main/shared/sync/snapshot-codec';

/**
 * Writing this workstation's snapshot (format: shared/sync/snapshot-format.ts); reading one is
 * in snapshot-join.ts. A new workstation starts from the best snapshot instead of replaying
 * every log file (issue 9).
 */

/** Write a fresh snapshot once this many more ops are covered than by the last one. */
export const SNAPSHOT_EVERY_OPS = 500;
/** Records folded per read while writing: a ten-year table is never read whole. */
const READ_CHUNK = 2_000;

function coverage(vector: Record<string, number>): number {
  return Object.values(vector).reduce((sum, n) => sum + n, 0);
}

/**
 * Shares this workstation's whole merged state, with the log position it covers. Only after a
 * sync, when everything local is published, so the position describes the state exactly. Each
 * table goes out in NDJSON parts of at most SNAPSHOT_PART_CHARS bytes of UTF-8, as it is read.
 */
export async function writeSnapshotIfDue(db: PrDeskDb, main: PrDeskClient, force = false, replaceAll = false): Promise<boolean> {
  const meta = await readSyncMeta(db);
  if ((await unpublishedOps(db).count()) > 0) return false;
  const vector = { ...meta.cursor, [db.writer.deviceId]: meta.publishedThrough };
  const covered = coverage(vector);
  const last = ((await db.syncMeta.get('snapshotCovered'))?.value as number | undefined) ?? 0;
  if (!force && covered - last < SNAPSHOT_EVERY_OPS) return false;

  const deviceId = db.writer.deviceId;
  const snapshotId = crypto.randomUUID();
  let index = 0;
  const buffer = new NdjsonPartBuffer(SNAPSHOT_PART_CHARS);
  for (const table of SYNCED_TABLES) {
    const ids = (await db.table(table).toCollection().primaryKeys()) as string[];
    const flush = async () => {
      if (buffer.rows === 0) return;
      const rows = buffer.rows;
      await main.syncWriteSnapshotPart({ deviceId, snapshotId, index, table, rows, ndjsonUtf8: buffer.take() });
      index += 1;
    };
    for (let start = 0; start < ids.length; start += READ_CHUNK) {
      for (const row of await currentSyncRecords(db, table, ids.slice(start, start + READ_CHUNK))) {
        const line = JSON.stringify({ r: row.recordId, s: compactRecordState(row.state) });
        if (buffer.add(line)) continue;
        await flush();
        if (!buffer.add(line)) throw new Error(`a ${table} record is too large for a snapshot part (more than ${SNAPSHOT_PART_CHARS} bytes)`);
      }
    }
    await flush();
  }
  if (index === 0) return false; // nothing to share
  await main.syncCommitSnapshot({ deviceId, snapshotId, schemaVersion: CURRENT_SCHEMA_VERSION, vector, ...(replaceAll ? { replaceAll } : {}) });
  await db.syncMeta.put({ key: 'snapshotCovered', value: covered });
  return true;
}
