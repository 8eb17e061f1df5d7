import { Dexie } from 'dexie';
import type { BackupPreview } from '../../src-main/shared/ipc/channels/backup';
import type { PrDeskClient } from '../../src-main/shared/ipc/api';
import { IpcError } from '../../src-main/shared/ipc/errors';
import { ndjsonLines } from '../../src-main/shared/text/ndjson-bytes';
import { mainProcess } from '../platform';
import { BACKUP_TABLES, LEGACY_BLOBS_TABLE, decodeRow, streamBackup, type BackupClient } from './backup';
import type { PrDeskDb } from './db';
import { replayErasures, type ErasureReplayClient } from './erasure-replay';
import { markUnlogged } from './outbox-middleware';
import { CURRENT_SCHEMA_VERSION, OUTBOX_TABLE } from './schema';
import { restoredOutboxRow, rewriteSyncStateAfterRestore } from './restore-sync-state';

/** Set while tables are being replaced; found at startup it means the restore was cut off. */
export const RESTORING_KEY = 'pr-desk.restoring';
/** The before-restore backup made by that restore: what to go back to. */
export const RESTORING_SAFETY_KEY = 'pr-desk.restoring.safety';

export type RestoreClient = BackupClient &
  Pick<PrDeskClient, 'backupOpen' | 'backupReadRows' | 'backupRestoreBlobs' | 'blobPut' | 'deviceRenewIdentity'> &
  ErasureReplayClient;

export interface RestoreProgress {
  phase: 'safety-backup' | 'photos' | 'records' | 'finishing';
  done: number;
  total: number;
}

export interface RestoreOptions {
  /** Keep-N for the before-restore backup. */
  keep: number;
  onProgress?: (progress: RestoreProgress) => void;
  /** Honoured until records start to be replaced (then the restore finishes, it cannot stop half-way). */
  signal?: AbortSignal;
  main?: RestoreClient;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Skips the before-restore backup (re-running an interrupted restore: the current state is half-made). */
  safetyBackup?: boolean;
}

export interface RestoreResult {
  /** Photos the backup lists that could not be brought back (absent or damaged in the backup). */
  photosDamaged: number;
  newDeviceId: string;
  safetyBackup: string | null;
}

/** Why a backup is refused before anything changes. */
export class RestoreRefusedError extends Error {
  constructor(readonly reason: 'newer-version' | 'damaged-records' | 'unknown-table') {
    super(reason);
    this.name = 'RestoreRefusedError';
  }
}

/** A restore that got as far as replacing records, but whose counts do not match the backup. */
export class RestoreCountError extends Error {
  constructor(readonly table: string, readonly expected: number, readonly found: number) {
    super(`${table}: expected ${expected} rows, found ${found}`);
    this.name = 'RestoreCountError';
  }
}

const RESTORABLE = new Set<string>([...BACKUP_TABLES, LEGACY_BLOBS_TABLE]);

export function refuseIfUnusable(preview: BackupPreview): void {
  if (preview.schemaVersion > CURRENT_SCHEMA_VERSION) throw new RestoreRefusedError('newer-version');
  if (preview.tables.some((t) => !RESTORABLE.has(t.table))) throw new RestoreRefusedError('unknown-table');
  if (preview.tables.some((t) => t.damagedParts > 0)) throw new RestoreRefusedError('damaged-records');
}

function cancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new IpcError({ code: 'cancelled', detail: 'restore cancelled' });
}

/** One verified part's NDJSON, as main sends it (UTF-8 bytes). */
async function partBytes(main: Pick<RestoreClient, 'backupReadRows'>, name: string, table: string, part: number): Promise<Uint8Array> {
  return (await main.backupReadRows({ name, table, part })).ndjsonUtf8;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The lines of one part, decoded one at a time: no string of the whole part, and no array of
 * its lines or records, is ever made (see replaceTablePart for why that matters).
 */
function* linesOf(ndjsonUtf8: Uint8Array): Generator<string> {
  for (const line of ndjsonLines(ndjsonUtf8)) yield utf8.decode(line);
}

/**
 * Photo bytes of a before-upgrade backup (legacy `blobs` rows) go to main's store, not back
 * into IndexedDB. A big photo arrives as consecutive pieces with the same id.
 */
async function restoreLegacyBlobs(main: Pick<RestoreClient, 'backupReadRows' | 'blobPut'>, name: string, parts: number): Promise<number> {
  let damaged = 0;
  let id = '';
  let pieces: Uint8Array[] = [];
  const put = async () => {
    if (pieces.length === 0) return;
    const size = pieces.reduce((sum, p) => sum + p.byteLength, 0);
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const piece of pieces) {
      bytes.set(piece, offset);
      offset += piece.byteLength;
    }
    pieces = [];
    if (size === 0 || (await main.blobPut({ bytes })).id !== id) damaged += 1;
  };
  for (let part = 0; part < parts; part++) {
    for (const line of linesOf(await partBytes(main, name, LEGACY_BLOBS_TABLE, part))) {
      const row = decodeRow(line);
      const rowId = typeof row.id === 'string' ? row.id : '';
      if (rowId !== id) await put();
      id = rowId;
      pieces.push(row.data instanceof Uint8Array ? row.data : new Uint8Array());
    }
  }
  await put();
  return damaged;
}

/**
 * One step of a restore: one part of one table in one transaction, marked unlogged (a restore
 * is not an edit: no outbox ops), clearing the table first on its first part. Answers the
 * number of records written.
 *
 * The part arrives as bytes and each record is decoded and handed to IndexedDB's own `add` one
 * at a time, so its JS object is garbage as soon as IndexedDB has taken its serialized copy
 * (held outside the JS heap until the part commits). A part as one string, split into lines
 * and decoded into an array for Dexie's bulkAdd, put megabytes per part in the window's old
 * generation, and its heap grew to 500 MB of dead text and records before V8 collected
 * (photo-scale bench: a forced GC took it from 303 to 31 MiB). The part's first write still
 * goes through Dexie (the clear, or the first record), so the backup-gens middleware gives the
 * table a new token in this transaction (data/backup-gens.ts).
 */
export async function replaceTablePart(
  db: PrDeskDb,
  tableName: string,
  ndjsonUtf8: Uint8Array,
  clearFirst: boolean,
  convert: (row: Record<string, unknown>) => object = (row) => row,
): Promise<number> {
  const table = db.table(tableName);
  let written = 0;
  // The first request that failed: Dexie's transaction rejects with the transaction's error,
  // which is still null when the failed request's event reaches it.
  let failed: DOMException | null = null;
  try {
    await db.transaction('rw', table, async () => {
      const idbtrans = (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans;
      markUnlogged(idbtrans);
      const lines = linesOf(ndjsonUtf8);
      if (clearFirst) {
        await table.clear();
      } else {
        const first = lines.next();
        if (first.done) return;
        await table.add(convert(decodeRow(first.value)));
        written += 1;
      }
      // A failed add (a duplicate id) bubbles to the transaction, which aborts: nothing of the part stays.
      const store = idbtrans.objectStore(tableName);
      for (const line of lines) {
        const request = store.add(convert(decodeRow(line)));
        request.addEventListener('error', () => (failed ??= request.error));
        written += 1;
      }
    });
  } catch (error) {
    throw failed ?? error;
  }
  return written;
}

/**
 * Clears every table and writes it back from the backup, part by part (replaceTablePart), then
 * checks each table's count against the manifest. `convertOutbox` rewrites each outbox row on
 * its way in (a restore gives the unpublished ops to the new device id); a rebuild of the
 * database files writes them back as they were. Answers the photos of a before-upgrade backup
 * that could not be put back.
 */
export async function refillTables(
  db: PrDeskDb,
  main: Pick<RestoreClient, 'backupReadRows' | 'blobPut'>,
  name: string,
  preview: BackupPreview,
  onRows: (done: number, total: number) => void,
  convertOutbox?: (row: Record<string, unknown>) => object,
): Promise<number> {
  const inBackup = new Map(preview.tables.map((t) => [t.table, t]));
  const totalRows = preview.tables.reduce((sum, t) => sum + t.rows, 0);
  let doneRows = 0;
  for (const tableName of BACKUP_TABLES) {
    if (!db.tables.some((t) => t.name === tableName)) continue;
    const parts = inBackup.get(tableName)?.parts ?? 0;
    // The next part is read and verified by main while this one is written to IndexedDB. It
    // waits as bytes and is decoded a record at a time when its turn comes.
    let next = parts > 0 ? partBytes(main, name, tableName, 0) : Promise.resolve(new Uint8Array());
    for (let part = 0; part < Math.max(parts, 1); part++) {
      const bytes = await next;
      if (part + 1 < parts) {
        next = partBytes(main, name, tableName, part + 1);
        next.catch(() => undefined); // awaited on the next turn
      }
      doneRows += await replaceTablePart(db, tableName, bytes, part === 0, tableName === OUTBOX_TABLE ? convertOutbox : undefined);
      onRows(doneRows, totalRows);
    }
  }
  const legacy = inBackup.get(LEGACY_BLOBS_TABLE);
  const photosDamaged = legacy ? await restoreLegacyBlobs(main, name, legacy.parts) : 0;

  for (const { table, rows } of preview.tables) {
    if (table === LEGACY_BLOBS_TABLE) continue;
    const found = await db.table(table).count();
    if (found !== rows) throw new RestoreCountError(table, rows, found);
  }
  return photosDamaged;
}

/**
 * Replaces this workstation's data with a backup's, streamed and verified:
 * 1. a before-restore backup of the current state (so the restore can be undone);
 * 2. the backup's photos into this workstation's store, each checked by its hash;
 * 3. a marker in localStorage, then each table cleared and refilled part by part (one
 *    transaction per part, unlogged: a restore is not an edit and makes no outbox ops);
 * 4. row counts checked against the manifest;
 * 5. a new device id, and sync state rewritten for it (see restore-sync-state.ts);
 * 6. the marker removed. The caller then reloads the window (the app starts as the new device).
 * If the window closes during 3–5 the marker stays, and the next start offers to finish.
 */
export async function restoreBackup(db: PrDeskDb, name: string, options: RestoreOptions): Promise<RestoreResult> {
  running = true;
  try {
    return await restoreRun(db, name, options);
  } catch (error) {
    running = false;
    throw error;
  }
}

/**
 * True from the start of a restore in this window until the window reloads (a successful
 * restore is followed by a reload; a failed one clears it). While it runs, the tables are
 * replaced under the signed-in person, whose session ends; the sign-in gate shows a wait, not
 * a sign-in form that the reload would throw away half-typed.
 */
let running = false;
export function restoreRunning(): boolean {
  return running;
}

async function restoreRun(db: PrDeskDb, name: string, options: RestoreOptions): Promise<RestoreResult> {
  const main = options.main ?? mainProcess();
  const storage = options.storage ?? window.localStorage;
  const report = options.onProgress ?? (() => undefined);

  const preview = await main.backupOpen({ name });
  refuseIfUnusable(preview);

  let safetyBackup: string | null = null;
  if (options.safetyBackup !== false) {
    report({ phase: 'safety-backup', done: 0, total: 1 });
    const safety = await streamBackup(db, {
      reason: 'before-restore',
      keep: options.keep,
      main,
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (p) => report({ phase: 'safety-backup', done: p.done, total: p.total }),
    });
    safetyBackup = safety.name;
  }

  let photosDamaged = 0;
  for (;;) {
    cancelled(options.signal);
    const step = await main.backupRestoreBlobs({ name, maxFiles: 200 });
    photosDamaged += step.damaged.length;
    report({ phase: 'photos', done: step.done, total: step.total });
    if (step.finished) break;
  }
  cancelled(options.signal);

  // From here on the restore runs to its end: stopping half-way would leave a mix.
  storage.setItem(RESTORING_KEY, name);
  if (safetyBackup) storage.setItem(RESTORING_SAFETY_KEY, safetyBackup);
  // The new identity first, so the ops the backup had not published are given to it as they
  // are written back (a restore cut off here is re-run whole; an unused id is harmless).
  const identity = await main.deviceRenewIdentity();
  const ids = { newDeviceId: identity.deviceId, backupDeviceId: preview.deviceId };
  photosDamaged += await refillTables(db, main, name, preview, (done, total) => report({ phase: 'records', done, total }), (row) => restoredOutboxRow(row, ids));

  report({ phase: 'finishing', done: 0, total: 1 });
  await rewriteSyncStateAfterRestore(db, ids);
  // No restore brings back a person this computer erased (its ledger is outside the backups).
  await replayErasures(db, main);
  storage.removeItem(RESTORING_KEY);
  storage.removeItem(RESTORING_SAFETY_KEY);
  report({ phase: 'finishing', done: 1, total: 1 });
  return { photosDamaged, newDeviceId: identity.deviceId, safetyBackup };
}

/** The restore a previous run left unfinished, if any (read at startup). */
export function interruptedRestore(storage: Pick<Storage, 'getItem'> = window.localStorage): { name: string; safety: string | null } | null {
  const name = storage.getItem(RESTORING_KEY);
  return name ? { name, safety: storage.getItem(RESTORING_SAFETY_KEY) } : null;
}

/** The user chose to leave the interrupted restore as it is (after restoring something else). */
export function forgetInterruptedRestore(storage: Pick<Storage, 'removeItem'> = window.localStorage): void {
  storage.removeItem(RESTORING_KEY);
  storage.removeItem(RESTORING_SAFETY_KEY);
}
