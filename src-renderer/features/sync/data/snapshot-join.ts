import { Dexie } from 'dexie';
import {
  CURRENT_SCHEMA_VERSION,
  currentSyncRecords,
  isSyncedTable,
  markUnlogged,
  readSyncMeta,
  storeMergedRecords,
  writeSyncMeta,
  type PrDeskDb,
  type SyncRecordRow,
} from '../../../data';
import { addBlobWants, type BlobWant } from '../../../data/blob-wants';
import { mergedRecord, putSyncRecords, toStored } from '../../../data/sync-store';
import type { PrDeskClient } from '../../../../src-main/shared/ipc/api';
import { blobIdsOf, tableHasBlobs } from '../../../../src-main/shared/blobs/blob-refs';
import { compareHlc, type Hlc } from '../../../../src-main/shared/sync/hlc';
import { conflictsOf, type RecordState } from '../../../../src-main/shared/sync/merge';
import { expandRecordState, type CompactRecordState } from '../../../../src-main/shared/sync/snapshot-codec';
import { SNAPSHOT_PART_CHARS, snapshotLineSchema, type SnapshotOpened } from '../../../../src-main/shared/sync/snapshot-format';
import { derivedValues } from '../model/conflict-derived';

/**
 * A workstation that has never synced starts from the best snapshot in the share: part by part
 * (one IPC call and one Dexie transaction each), so a ten-year office never sits in one string.
 * A snapshot that turns out damaged, unknown or from a newer app is skipped for the next best
 * one, and with none left the logs are replayed from the start. The cursor moves only after the
 * last part: a join cut short (cancelled, closed) starts again next time, and re-applying the
 * same states changes nothing.
 */
export interface JoinProgress {
  done: number;
  total: number;
}

/** UTF-8 bytes a part may inflate to (SNAPSHOT_PART_CHARS characters of at most 3 bytes). */
const MAX_PART_BYTES = SNAPSHOT_PART_CHARS * 3 + 1024;

/** A snapshot that cannot be used: try the next one. */
class UnusableSnapshot extends Error {}

interface PartState {
  recordId: string;
  state: RecordState;
  /** As the snapshot carries it, which is also how syncRecords store it. */
  compact: CompactRecordState;
}

/** A part's text, inflated in the renderer; more than a part may hold is refused (a zip bomb). */
async function inflate(gz: Uint8Array): Promise<string> {
  const reader = new Blob([gz as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > MAX_PART_BYTES) throw new UnusableSnapshot('a part larger than allowed');
      chunks.push(decoder.decode(value, { stream: true }));
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error instanceof UnusableSnapshot ? error : new UnusableSnapshot('a part is not gzip');
  }
  chunks.push(decoder.decode());
  return chunks.join('');
}

function parsePart(ndjson: string): PartState[] {
  const states: PartState[] = [];
  for (const text of ndjson.split('\n')) {
    if (text.trim() === '') continue;
    let line: unknown;
    try {
      line = JSON.parse(text);
    } catch {
      throw new UnusableSnapshot('a line is not JSON');
    }
    const parsed = snapshotLineSchema.safeParse(line);
    if (!parsed.success) throw new UnusableSnapshot('a line is not a record state');
    const compact = parsed.data.s as CompactRecordState;
    states.push({ recordId: parsed.data.r, state: expandRecordState(compact), compact });
  }
  return states;
}

/** Record ids this workstation already holds or has written for a table (on a new one: its seeds). */
async function localIds(db: PrDeskDb, table: string): Promise<Set<string>> {
  const range = [[table, Dexie.minKey], [table, Dexie.maxKey]] as const;
  const [records, logged] = await Promise.all([
    db.table(table).toCollection().primaryKeys() as Promise<string[]>,
    db.outbox.where('[table+recordId]').between(...range).keys() as Promise<unknown[]>,
  ]);
  const ids = new Set(records);
  for (const key of logged) if (Array.isArray(key) && typeof key[1] === 'string') ids.add(key[1]);
  return ids;
}

/** Applies one part in one transaction; answers the newest stamp it holds. */
async function applyPart(db: PrDeskDb, table: string, states: PartState[], local: ReadonlySet<string>): Promise<Hlc | null> {
  let newest: Hlc | null = null;
  await db.transaction('rw', [db.table(table), db.syncRecords, db.outbox, db.blobWants], async () => {
    const tx = Dexie.currentTransaction as unknown as { idbtrans: object } | null;
    if (!tx) throw new Error('no transaction');
    markUnlogged(tx.idbtrans);
    const fast: SyncRecordRow[] = [];
    const fastStored: SyncRecordRow[] = [];
    const merge: SyncRecordRow[] = [];
    for (const { recordId, state, compact } of states) {
      const row: SyncRecordRow = { table, recordId, state, localSeq: 0, hasConflicts: conflictsOf(state).length > 0 ? 1 : 0 };
      if (local.has(recordId)) merge.push(row);
      else {
        fast.push(row);
        fastStored.push(toStored(row, compact));
      }
      for (const field of Object.values(state.fields)) if (field.clock && (!newest || compareHlc(field.clock, newest) > 0)) newest = field.clock;
    }
    // Fast path: nothing local to fold in (a new workstation holds only its seeds), so the
    // records are written straight from the states, in bulk, with no per-record merge.
    const records = fast.map((row) => mergedRecord(row, [], undefined, derivedValues));
    await db.table(table).bulkPut(records);
    await db.syncRecords.bulkPut(fastStored);
    // Records this workstation also has (seeds, edits made before joining): the snapshot's
    // state becomes the base and the local ops are folded on top, as a pull would.
    if (merge.length > 0) {
      await putSyncRecords(db, merge);
      const rows = await currentSyncRecords(db, table, merge.map((r) => r.recordId));
      await storeMergedRecords(db, table, rows.map((row) => ({ row, ops: [] })), derivedValues);
    }
    if (tableHasBlobs(table)) {
      const wants: BlobWant[] = [];
      for (const record of records) for (const blobId of blobIdsOf(table, record)) wants.push({ blobId, table, recordId: String(record.id) });
      for (const row of merge) for (const blobId of blobIdsOf(table, await db.table(table).get(row.recordId))) wants.push({ blobId, table, recordId: row.recordId });
      await addBlobWants(db, wants);
    }
  });
  return newest;
}

async function applySnapshot(db: PrDeskDb, main: PrDeskClient, opened: SnapshotOpened, onProgress: (p: JoinProgress) => void, signal?: AbortSignal): Promise<number> {
  let records = 0;
  let newest: Hlc | null = null;
  const local = new Map<string, Set<string>>();
  const readPart = async (index: number): Promise<PartState[]> => {
    const { gz } = await main.syncReadSnapshotPart({ key: opened.key, index });
    if (gz === null) throw new UnusableSnapshot(`part ${index} damaged`);
    return parsePart(await inflate(gz));
  };
  // The next part is read, inflated and parsed while this one is written: IndexedDB does its
  // writing in the browser process, so the two overlap.
  let next: Promise<PartState[]> | null = opened.parts.length > 0 ? readPart(0) : null;
  for (const [index, part] of opened.parts.entries()) {
    signal?.throwIfAborted();
    onProgress({ done: index, total: opened.parts.length });
    if (!isSyncedTable(part.table)) throw new UnusableSnapshot(`unknown table ${part.table}`);
    const states = await (next as Promise<PartState[]>);
    next = index + 1 < opened.parts.length ? readPart(index + 1) : null;
    next?.catch(() => undefined); // awaited on the next turn
    let ids = local.get(part.table);
    if (!ids) {
      ids = await localIds(db, part.table);
      local.set(part.table, ids);
    }
    const partNewest = await applyPart(db, part.table, states, ids);
    if (partNewest && (!newest || compareHlc(partNewest, newest) > 0)) newest = partNewest;
    records += states.length;
  }
  onProgress({ done: opened.parts.length, total: opened.parts.length });
  // Our clock moves past everything received, so a later edit here wins over older ones.
  if (newest) db.writer.clock.receive(newest);
  const meta = await readSyncMeta(db);
  const { [db.writer.deviceId]: _own, ...cursor } = opened.vector;
  await writeSyncMeta(db, { cursor, newestSeen: [meta.newestSeen, newest].filter((s): s is Hlc => !!s).sort(compareHlc).pop() ?? null });
  // The share already has a snapshot this far: this workstation writes its own only once the
  // office has moved on by SNAPSHOT_EVERY_OPS, not right after joining (a minute of work for
  // a ten-year office, repeating what it just read).
  await db.syncMeta.put({ key: 'snapshotCovered', value: Object.values(opened.vector).reduce((sum, n) => sum + n, 0) });
  return records;
}

/** Returns how many records the snapshot brought (0 when none was used: the logs bring them). */
export async function startFromSnapshot(db: PrDeskDb, main: PrDeskClient, onProgress: (p: JoinProgress) => void = () => {}, signal?: AbortSignal): Promise<number> {
  const meta = await readSyncMeta(db);
  if (Object.keys(meta.cursor).length > 0 || meta.publishedThrough > 0) return 0;
  for (const candidate of await main.syncListSnapshots()) {
    signal?.throwIfAborted();
    const opened = await main.syncOpenSnapshot({ key: candidate.key });
    if (!opened || opened.schemaVersion > CURRENT_SCHEMA_VERSION) continue; // a newer app wrote it
    try {
      return await applySnapshot(db, main, opened, onProgress, signal);
    } catch (error) {
      if (!(error instanceof UnusableSnapshot)) throw error;
    }
  }
  return 0;
}
