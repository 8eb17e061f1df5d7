import type { Dexie, Table } from 'dexie';
import { BACKUP_PART_BYTES, type BackupInfo, type BackupReason } from '../../src-main/shared/ipc/channels/backup';
import type { PrDeskClient } from '../../src-main/shared/ipc/api';
import { IpcError } from '../../src-main/shared/ipc/errors';
import { NdjsonPartBuffer } from '../../src-main/shared/text/ndjson-bytes';
import { mainProcess } from '../platform';
import type { BackupGens } from './backup-gens';
import { CURRENT_SCHEMA_VERSION, SYNCED_TABLES } from './schema';

/**
 * Tables a backup holds, in the order they are written and restored. The legacy `blobs`
 * table (photo bytes in IndexedDB, schema ≤ 9) is not among them: photos are files in main's
 * store now and reach the backup store as files. Only a before-upgrade backup of an old
 * database still carries those bytes, as rows (see `LEGACY_BLOBS_TABLE`).
 */
export const BACKUP_TABLES = [...SYNCED_TABLES, 'outbox', 'localSettings', 'syncRecords', 'syncMeta', 'syncHeld', 'blobWants'] as const;
export const LEGACY_BLOBS_TABLE = 'blobs';

/** Parts sent to main and not yet written (each at most BACKUP_PART_BYTES held here). */
const WRITES_IN_FLIGHT = 3;

/** Rows read from IndexedDB per step: small enough to keep memory flat, big enough to be quick. */
export const BACKUP_CHUNK_ROWS = 2000;

/**
 * Bytes of a legacy blob per row. A photo of 20 MB would be 27 million characters of base64:
 * more than one part may hold, so a big one is written as several consecutive rows (pieces).
 */
export const LEGACY_BLOB_PIECE_BYTES = 2 * 1024 * 1024;

export type BackupClient = Pick<PrDeskClient, 'backupBegin' | 'backupWriteRows' | 'backupReuseTable' | 'backupCopyBlobs' | 'backupCommit' | 'backupAbort'>;

export interface BackupProgress {
  phase: 'records' | 'photos';
  done: number;
  total: number;
  /** Photo bytes copied so far (0 when every photo was already backed up). */
  bytes: number;
}

export interface StreamBackupOptions {
  reason: BackupReason;
  keep: number;
  onProgress?: (progress: BackupProgress) => void;
  signal?: AbortSignal;
  /** Main's client (the app's by default; tests and the sync engine pass theirs). */
  main?: BackupClient;
  /** For a raw Dexie (the old database before an upgrade): its version and this device's id. */
  schemaVersion?: number;
  deviceId?: string;
  /** Also back up the legacy `blobs` table's bytes (only the before-upgrade backup does). */
  includeLegacyBlobs?: boolean;
  chunkRows?: number;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** One record as one NDJSON line; bytes travel as `{"$bytes": base64}` (as in format 1). */
export function encodeRow(row: unknown): string {
  return JSON.stringify(row, (_key, value: unknown) => (value instanceof Uint8Array ? { $bytes: toBase64(value) } : value));
}

/**
 * The same line for a record of a table that holds no bytes (every table but the legacy
 * `blobs`): JSON.stringify without a replacer, about twice as fast (a replacer is called for
 * every value of every record). Should bytes ever be in such a record, they serialise as
 * `{"0":…}`; that line is made again by encodeRow, so bytes are never turned into an object.
 */
export function encodeRecordRow(row: unknown): string {
  const line = JSON.stringify(row);
  return line.includes('{"0":') ? encodeRow(row) : line;
}

/**
 * A line back into a record. The reviver (bytes back from base64) runs only on a line that
 * has a `"$bytes"` key in it: calling it for every value made parsing six times slower, and
 * outside the legacy `blobs` table almost no line has one.
 */
export function decodeRow(line: string): Record<string, unknown> {
  if (!line.includes('"$bytes"')) return JSON.parse(line) as Record<string, unknown>;
  return JSON.parse(line, (_key, value: unknown) =>
    value && typeof value === 'object' && typeof (value as { $bytes?: unknown }).$bytes === 'string' ? fromBase64((value as { $bytes: string }).$bytes) : value,
  ) as Record<string, unknown>;
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new IpcError({ code: 'cancelled', detail: 'backup cancelled' });
}

/**
 * A table's rows in primary-key order, a chunk at a time, each chunk its own short read. The
 * next chunk is asked for as soon as this one arrives: IndexedDB reads it while the caller
 * encodes this one (the two run on different threads), instead of each waiting for the other.
 */
async function* chunksOf(table: Table, size: number): AsyncGenerator<unknown[]> {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string' && !Array.isArray(keyPath)) {
    // No inbound key (none of our tables): page by offset instead.
    for (let offset = 0; ; offset += size) {
      const rows = await table.orderBy(':id').offset(offset).limit(size).toArray();
      if (rows.length === 0) return;
      yield rows;
    }
  }
  const keyOf = (row: Record<string, unknown>) => (Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath]);
  const read = (after: unknown): Promise<Record<string, unknown>[]> =>
    (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(size).toArray() as Promise<Record<string, unknown>[]>;
  let next = read(undefined);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    // A short chunk is the table's last: no read after it.
    if (rows.length < size) {
      yield rows;
      return;
    }
    next = read(keyOf(rows[rows.length - 1] as Record<string, unknown>));
    next.catch(() => undefined); // awaited on the next turn; a caller that stops early leaves it
    yield rows;
  }
}

/** Legacy blob rows split into pieces that each fit a part (consecutive rows share the id). */
function* legacyBlobPieces(row: Record<string, unknown>): Generator<Record<string, unknown>> {
  const data = row.data;
  if (!(data instanceof Uint8Array) || data.byteLength <= LEGACY_BLOB_PIECE_BYTES) {
    yield row;
    return;
  }
  for (let offset = 0; offset < data.byteLength; offset += LEGACY_BLOB_PIECE_BYTES) {
    yield { ...row, data: data.subarray(offset, offset + LEGACY_BLOB_PIECE_BYTES), pieceOffset: offset };
  }
}

/**
 * Writes a backup without ever holding the database in one string: each table in
 * primary-key order, chunk by chunk, as NDJSON parts of at most BACKUP_PART_BYTES; then main
 * copies the photos it does not have yet into the backup store, file by file; then the backup
 * is committed (and rotated). On any error or a cancel the backup is aborted: main removes
 * what was written and nothing half-made is listed.
 *
 * Reads are not one transaction (IndexedDB cannot hold one open across the awaits on main),
 * so an edit saved during a backup may be in it or not; each record is whole either way.
 */
export async function streamBackup(dexie: Dexie, options: StreamBackupOptions): Promise<BackupInfo> {
  const main = options.main ?? mainProcess();
  const chunkRows = options.chunkRows ?? BACKUP_CHUNK_ROWS;
  const writer = (dexie as { writer?: { deviceId: string } }).writer;
  const deviceId = options.deviceId ?? writer?.deviceId;
  if (!deviceId) throw new Error('streamBackup: deviceId is required for a database without a writer');
  const schemaVersion = options.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  const wanted: string[] = [...BACKUP_TABLES, ...(options.includeLegacyBlobs ? [LEGACY_BLOBS_TABLE] : [])];
  const tables = wanted.filter((name) => dexie.tables.some((t) => t.name === name)).map((name) => dexie.table(name));

  throwIfCancelled(options.signal);
  // The app's database knows which tables changed since a backup looked (backup-gens.ts); a raw
  // Dexie (the old database before an upgrade) does not, and is read whole.
  const changes = (dexie as { changes?: BackupGens }).changes;
  const tableGens = changes?.snapshot(tables.map((t) => t.name));
  let total = 0;
  for (const table of tables) total += await table.count();
  const { token } = await main.backupBegin({ reason: options.reason });
  // Photos are copied by main while the records are read here (main runs the two side by
  // side); their progress is shown once the records are done.
  let photoProgress: BackupProgress = { phase: 'photos', done: 0, total: 0, bytes: 0 };
  let recordsDone = false;
  const copyPhotos = async () => {
    for (;;) {
      throwIfCancelled(options.signal);
      const step = await main.backupCopyBlobs({ token, maxFiles: 200 });
      photoProgress = { phase: 'photos', done: step.done, total: step.total, bytes: step.bytes };
      if (recordsDone) options.onProgress?.(photoProgress);
      if (step.finished) return;
    }
  };
  const photos = copyPhotos();
  photos.catch(() => undefined); // awaited after the records
  try {
    let done = 0;
    options.onProgress?.({ phase: 'records', done, total, bytes: 0 });
    // Parts are written by main while the next ones are read and encoded here: main compresses
    // in its thread pool, so the two overlap. A few writes may be on their way at once, so the
    // trip to main and back is not waited for part by part; main still writes them one after
    // another. Memory stays flat: at most WRITES_IN_FLIGHT parts are held.
    const inFlight: Promise<unknown>[] = [];
    const buffer = new NdjsonPartBuffer(BACKUP_PART_BYTES);
    for (const table of tables) {
      const gen = tableGens?.[table.name];
      if (gen !== undefined) {
        // Unchanged since a backup that is still here: its parts are taken, verified, by main.
        const reused = await main.backupReuseTable({ token, table: table.name, gen, schemaVersion, deviceId });
        if (reused.reused) {
          done += reused.rows;
          options.onProgress?.({ phase: 'records', done, total, bytes: 0 });
          continue;
        }
      }
      let part = 0;
      const flush = async () => {
        if (buffer.rows === 0) return;
        if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
        throwIfCancelled(options.signal);
        const rows = buffer.rows;
        const writing = main.backupWriteRows({ token, table: table.name, part, rows, ndjsonUtf8: buffer.take() });
        writing.catch(() => undefined); // awaited in turn below; not unhandled meanwhile
        inFlight.push(writing);
        part += 1;
      };
      for await (const rows of chunksOf(table, chunkRows)) {
        for (const row of rows) {
          const pieces = table.name === LEGACY_BLOBS_TABLE ? legacyBlobPieces(row as Record<string, unknown>) : [row];
          for (const piece of pieces) {
            const line = table.name === LEGACY_BLOBS_TABLE ? encodeRow(piece) : encodeRecordRow(piece);
            if (buffer.add(line)) continue;
            await flush();
            if (!buffer.add(line)) throw new Error(`a ${table.name} record is too large to back up (more than ${BACKUP_PART_BYTES} bytes)`);
          }
        }
        done += rows.length;
        options.onProgress?.({ phase: 'records', done, total, bytes: 0 });
      }
      await flush();
    }
    await Promise.all(inFlight);
    recordsDone = true;
    options.onProgress?.(photoProgress);
    await photos;
    throwIfCancelled(options.signal);
    return await main.backupCommit({ token, keep: options.keep, schemaVersion, deviceId, ...(tableGens ? { tableGens } : {}) });
  } catch (error) {
    await main.backupAbort({ token }).catch(() => undefined);
    throw error;
  }
}
