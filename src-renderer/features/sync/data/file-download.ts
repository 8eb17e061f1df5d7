import { blobIdsOf } from '../../../../src-main/shared/blobs/blob-refs';
import { BLOBS_PER_CALL } from '../../../../src-main/shared/ipc/channels/sync';
import type { PrDeskClient } from '../../../../src-main/shared/ipc/api';
import { IpcError } from '../../../../src-main/shared/ipc/errors';
import type { BlobWantRow, PrDeskDb } from '../../../data';
import { otherReferents, scanBlobReferencesOnce } from '../../../data/blob-wants';
import { missingFiles, type MissingFile } from './missing-files';

/**
 * Fetches the files records want (`blobWants`) from the share, in the background after a sync
 * has applied the records: the app is usable while photos arrive. One task per database at a
 * time (a second start joins the running one), chunks of BLOBS_PER_CALL with progress, and a
 * cancel that takes effect between chunks (a file mid-copy lands under a temp name and is
 * never seen half-written). What is not found stays wanted for the next sync and is named.
 */
export interface FileDownloadState {
  running: boolean;
  done: number;
  total: number;
  fetched: number;
  bytes: number;
  /** Set when the last run finished (not while running). */
  result: {
    /** Files still missing; null when it could not be counted (never a "0" that is not true). */
    missingTotal: number | null;
    missing: MissingFile[];
    cancelled: boolean;
    errorCode: string | null;
  } | null;
}

interface Task {
  state: FileDownloadState;
  promise: Promise<FileDownloadState> | null;
  abort: AbortController | null;
  listeners: Set<() => void>;
}

const IDLE: FileDownloadState = { running: false, done: 0, total: 0, fetched: 0, bytes: 0, result: null };
const tasks = new WeakMap<PrDeskDb, Task>();

function taskOf(db: PrDeskDb): Task {
  let task = tasks.get(db);
  if (!task) {
    task = { state: IDLE, promise: null, abort: null, listeners: new Set() };
    tasks.set(db, task);
  }
  return task;
}

function update(task: Task, patch: Partial<FileDownloadState>): void {
  task.state = { ...task.state, ...patch };
  for (const listener of task.listeners) listener();
}

export function fileDownloadState(db: PrDeskDb): FileDownloadState {
  return taskOf(db).state;
}

export function subscribeFileDownload(db: PrDeskDb, listener: () => void): () => void {
  const task = taskOf(db);
  task.listeners.add(listener);
  return () => task.listeners.delete(listener);
}

export function cancelFileDownload(db: PrDeskDb): void {
  taskOf(db).abort?.abort();
}

/** Missing ids whose want still stands: its record (or, if it let go, another one) refers to it. */
async function stillWanted(db: PrDeskDb, rows: BlobWantRow[]): Promise<{ keep: BlobWantRow[]; drop: string[] }> {
  const keep: BlobWantRow[] = [];
  const orphaned = new Map<string, BlobWantRow>();
  for (const row of rows) {
    const table = db.tables.find((t) => t.name === row.table);
    const record: unknown = table ? await table.get(row.recordId) : undefined;
    if (record && blobIdsOf(row.table, record).includes(row.blobId)) keep.push(row);
    else orphaned.set(row.blobId, row);
  }
  const others = await otherReferents(db, new Set(orphaned.keys()));
  const drop: string[] = [];
  for (const [blobId, row] of orphaned) {
    const other = others.get(blobId);
    if (other) keep.push({ ...row, table: other.table, recordId: other.recordId });
    else drop.push(blobId);
  }
  return { keep, drop };
}

async function download(db: PrDeskDb, main: PrDeskClient, task: Task, signal: AbortSignal): Promise<FileDownloadState> {
  let errorCode: string | null = null;
  try {
    await scanBlobReferencesOnce(db);
    const total = await db.blobWants.count();
    update(task, { total });
    // Through the wants in key order; rows deleted as their files arrive do not shift the walk.
    let after = '';
    for (;;) {
      if (signal.aborted) break;
      const chunk = await db.blobWants.where('blobId').above(after).limit(BLOBS_PER_CALL).toArray();
      if (chunk.length === 0) break;
      after = chunk[chunk.length - 1]?.blobId ?? after;
      const { fetched, missing, bytes } = await main.syncFetchBlobs({ ids: chunk.map((w) => w.blobId) });
      const missingSet = new Set(missing);
      const { keep, drop } = await stillWanted(db, chunk.filter((w) => missingSet.has(w.blobId)));
      await db.transaction('rw', db.blobWants, async () => {
        await db.blobWants.bulkDelete([...fetched, ...drop]);
        await db.blobWants.bulkPut(keep.map((row) => ({ ...row, attempts: row.attempts + 1 })));
      });
      update(task, { done: task.state.done + chunk.length, fetched: task.state.fetched + fetched.length, bytes: task.state.bytes + bytes });
    }
  } catch (error) {
    // The share went away mid-way (or the disk filled): what arrived stays, the rest is tried next time.
    errorCode = error instanceof IpcError ? error.code : 'internal';
  }
  const { total: missingTotal, shown } = await missingFiles(db);
  return { ...task.state, running: false, result: { missingTotal, missing: shown, cancelled: signal.aborted, errorCode } };
}

/** Starts fetching wanted files, or joins the download already running on this database. */
export function startFileDownload(db: PrDeskDb, main: PrDeskClient): Promise<FileDownloadState> {
  const task = taskOf(db);
  if (task.promise) return task.promise;
  const abort = new AbortController();
  task.abort = abort;
  update(task, { ...IDLE, running: true });
  task.promise = download(db, main, task, abort.signal)
    .catch((): FileDownloadState => ({ ...task.state, running: false, result: { missingTotal: null, missing: [], cancelled: false, errorCode: 'internal' } }))
    .then((final) => {
      task.promise = null;
      task.abort = null;
      update(task, final);
      return final;
    });
  return task.promise;
}
