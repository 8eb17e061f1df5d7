import { blobIdsOf, tablesWithBlobs } from '../../src-main/shared/blobs/blob-refs';
import { MAX_BLOB_IDS_PER_CALL } from '../../src-main/shared/ipc/channels/blob';
import type { PrDeskDb } from './db';

/**
 * Every blob id any record refers to, from the one declaration in blob-refs.ts. Deleted
 * records count (a tombstone is restored with one click, photos included). Walks each table
 * with a cursor: a ten-year office's releases are never loaded into one array.
 */
export async function referencedBlobIds(db: PrDeskDb): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const table of tablesWithBlobs()) {
    await db.table(table).each((row: unknown) => {
      for (const id of blobIdsOf(table, row)) ids.add(id);
    });
  }
  return ids;
}

export interface GarbageCollectorPort {
  blobCollectGarbage(input: { runId: string; keep: string[]; final: boolean }): Promise<{ removed: number; freedBytes: number }>;
}

/**
 * Lets main remove files no record refers to any more (a photo replaced, a form abandoned).
 * Run after a backup has succeeded: every backup keeps its own copy of what it lists, so a
 * photo still needed by an older backup stays there until that backup is rotated away.
 */
export async function collectUnusedBlobs(db: PrDeskDb, main: GarbageCollectorPort): Promise<{ removed: number; freedBytes: number }> {
  const ids = [...(await referencedBlobIds(db))];
  const runId = crypto.randomUUID();
  for (let start = 0; start + MAX_BLOB_IDS_PER_CALL < ids.length; start += MAX_BLOB_IDS_PER_CALL) {
    await main.blobCollectGarbage({ runId, keep: ids.slice(start, start + MAX_BLOB_IDS_PER_CALL), final: false });
  }
  const lastStart = Math.max(0, Math.floor((ids.length - 1) / MAX_BLOB_IDS_PER_CALL) * MAX_BLOB_IDS_PER_CALL);
  return main.blobCollectGarbage({ runId, keep: ids.slice(lastStart), final: true });
}
