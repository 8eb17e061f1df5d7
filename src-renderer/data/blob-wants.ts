import { blobIdsOf, tableHasBlobs, tablesWithBlobs } from '../../src-main/shared/blobs/blob-refs';
import type { SyncOp } from '../../src-main/shared/sync/sync-op';
import type { PrDeskDb } from './db';
import type { BlobWantRow } from './types';

/**
 * `blobWants`: the files records refer to that this workstation has not fetched yet, with one
 * record that wants each (to name it when it stays missing). Rows are added in the same
 * transaction as the records that refer to them, so no referenced file is ever forgotten; the
 * background download (features/sync/file-download.ts) deletes a row once its file is here.
 */
export interface BlobWant {
  blobId: string;
  table: string;
  recordId: string;
}

/** Every blob an op's fields refer to (photos[], attachments[], logo …, per blob-refs.ts). */
export function wantsOfOps(ops: Iterable<SyncOp>): BlobWant[] {
  const wants: BlobWant[] = [];
  for (const op of ops) {
    if (!tableHasBlobs(op.table)) continue;
    for (const blobId of blobIdsOf(op.table, op.fields)) wants.push({ blobId, table: op.table, recordId: op.recordId });
  }
  return wants;
}

/**
 * Adds wants, inside the caller's transaction (which must include `blobWants`). An existing
 * row is kept as it is: its attempts count how long the file has been missing.
 */
export async function addBlobWants(db: PrDeskDb, wants: readonly BlobWant[], attempts = 0): Promise<void> {
  if (wants.length === 0) return;
  const byId = new Map<string, BlobWant>();
  for (const want of wants) if (!byId.has(want.blobId)) byId.set(want.blobId, want);
  const ids = [...byId.keys()];
  const existing = await db.blobWants.bulkGet(ids);
  const fresh: BlobWantRow[] = [];
  ids.forEach((id, i) => {
    const want = byId.get(id);
    if (want && !existing[i]) fresh.push({ ...want, attempts });
  });
  if (fresh.length > 0) await db.blobWants.bulkPut(fresh);
}

const SCANNED_FLAG = 'blobWantsScanned';
const SCAN_WRITE_CHUNK = 2_000;

/**
 * Once per database: every file any record refers to becomes a want. Offices upgraded from the
 * version where nested photos and attachments never synced get them now; the download then
 * finds most of them already here (a local check) and fetches the rest. Reads each table with
 * a cursor (`each`), never a whole ten-year table at once.
 */
export async function scanBlobReferencesOnce(db: PrDeskDb): Promise<number> {
  if ((await db.syncMeta.get(SCANNED_FLAG))?.value === true) return 0;
  const found = new Map<string, BlobWant>();
  for (const table of tablesWithBlobs()) {
    if (!db.tables.some((t) => t.name === table)) continue;
    await db.table<Record<string, unknown>, string>(table).each((record) => {
      for (const blobId of blobIdsOf(table, record)) {
        if (!found.has(blobId)) found.set(blobId, { blobId, table, recordId: String(record.id) });
      }
    });
  }
  const all = [...found.values()];
  for (let start = 0; start < all.length; start += SCAN_WRITE_CHUNK) {
    await db.transaction('rw', db.blobWants, () => addBlobWants(db, all.slice(start, start + SCAN_WRITE_CHUNK)));
  }
  await db.syncMeta.put({ key: SCANNED_FLAG, value: true });
  return all.length;
}

/**
 * Records (other than the one a want names) that still refer to these blobs, one each, found
 * in one pass over the tables with blobs. Used before dropping a want whose record let go of
 * its file: another record may still need it.
 */
export async function otherReferents(db: PrDeskDb, blobIds: ReadonlySet<string>): Promise<Map<string, BlobWant>> {
  const found = new Map<string, BlobWant>();
  if (blobIds.size === 0) return found;
  for (const table of tablesWithBlobs()) {
    if (!db.tables.some((t) => t.name === table)) continue;
    await db.table<Record<string, unknown>, string>(table).each((record) => {
      for (const blobId of blobIdsOf(table, record)) {
        if (blobIds.has(blobId) && !found.has(blobId)) found.set(blobId, { blobId, table, recordId: String(record.id) });
      }
    });
    if (found.size === blobIds.size) break;
  }
  return found;
}
