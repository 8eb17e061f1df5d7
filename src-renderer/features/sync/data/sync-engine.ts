import {
  CURRENT_SCHEMA_VERSION,
  applyRemoteBatch,
  localSettings,
  readSyncMeta,
  toSyncOp,
  unpublishedOps,
  writeSyncMeta,
  type BlobWantRow,
  type PrDeskDb,
} from '../../../data';
import { streamBackup } from '../../../data/backup';
import { redactBackups } from '../../../data/backup-redaction';
import { addBlobWants, wantsOfOps, type BlobWant } from '../../../data/blob-wants';
import type { PrDeskClient } from '../../../../src-main/shared/ipc/api';
import { BLOBS_PER_CALL } from '../../../../src-main/shared/ipc/channels/sync';
import { MAX_BLOB_IDS_PER_CALL } from '../../../../src-main/shared/ipc/channels/blob';
import { clockProblem, sortIntake } from '../../../../src-main/shared/sync/intake';
import type { PullResult, SequencedOp } from '../../../../src-main/shared/sync/transport';
import { checkClock, type ClockReport } from './clock-check';
import { startFileDownload } from './file-download';
import { missingFiles, type MissingFile } from './missing-files';
import { mergeQuarantined, type QuarantinedEntry } from '../model/quarantine';
import { notPermittedReport, type NotPermittedEntry } from './not-permitted';
import { redactShare } from './share-redaction';
import { writeSnapshotIfDue } from './snapshot';
import { startFromSnapshot } from './snapshot-join';
import { derivedValues } from '../model/conflict-derived';

export type SyncStep = 'backup' | 'join' | 'upload-files' | 'publish' | 'pull' | 'snapshot';

export interface SyncProgress {
  step: SyncStep;
  done: number;
  total: number;
}

export interface SyncSummary {
  sent: number;
  received: number;
  conflicts: number;
  /** Changes held back because they came from a newer app version or a clock out of range. */
  held: number;
  /**
   * Changes held back because the person they name as author had no right to them (issue 19,
   * data/incoming-permission.ts), the first of them listed; offered again at every sync.
   */
  notPermitted: { total: number; shown: NotPermittedEntry[] };
  waiting: { deviceId: string; file: string; reason: string }[];
  /**
   * What the pull set aside, whole files or single ops (issue 18), each once however many pull
   * rounds reported it (see model/quarantine.ts); everything else was applied.
   */
  quarantined: QuarantinedEntry[];
  devices: { deviceId: string; deviceName: string }[];
  /** Files still missing after earlier attempts, and files this sync could not upload. */
  missingTotal: number;
  /** The first of them, each named by its record and file (see missing-files.ts). */
  missingFiles: MissingFile[];
  /** This workstation's clock looks wrong (clock-check.ts): a warning, the sync still ran. */
  clock: ClockReport;
  /**
   * Records an erasure from another workstation scrubbed here this time. Their old values stay
   * in the database files until those are rebuilt (at the next start, or now: SyncSummaryAlert).
   */
  erasedRecords: number;
  /** This workstation's own files on the share that were missing or damaged and were put back (self-repair, issue 18). */
  repaired: number;
  /** Own files damaged on the share with no local copy to put back (published before self-repair existed). */
  unrepairable: number;
}

/** A sync that stopped for a reason the user must act on (the code has a Thai text). */
export class SyncStopped extends Error {
  constructor(readonly code: 'clock-behind' | 'not-set-up' | 'cancelled') {
    super(code);
    this.name = 'SyncStopped';
  }
}

export interface SyncOptions {
  onProgress?: (p: SyncProgress) => void;
  /** Cancel: honoured between chunks, never in the middle of a file or a transaction. */
  signal?: AbortSignal;
  /** Fetch wanted files in the background once records are applied (the default). */
  downloadFiles?: boolean;
}

const PUBLISH_CHUNK = 2000;

const PULL_CHUNK = 2000;

const running = new WeakMap<PrDeskDb, Promise<SyncSummary>>();

/**
 * One sync at a time per database, however many buttons are pressed. Resolves once the
 * records are applied and the app is usable; the files they refer to then arrive in the
 * background (file-download.ts), with their own progress and cancel.
 */
export function runSync(db: PrDeskDb, main: PrDeskClient, options: SyncOptions = {}): Promise<SyncSummary> {
  let current = running.get(db);
  if (!current) {
    current = syncOnce(db, main, options).finally(() => running.delete(db));
    running.set(db, current);
  }
  return current;
}

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SyncStopped('cancelled');
}

/** What each step of one sync works with: this workstation's database and id, main, progress and cancel. */
interface SyncRun {
  db: PrDeskDb;
  main: PrDeskClient;
  deviceId: string;
  onProgress: (p: SyncProgress) => void;
  signal: AbortSignal | undefined;
}

async function syncOnce(db: PrDeskDb, main: PrDeskClient, { onProgress = () => {}, signal, downloadFiles = true }: SyncOptions): Promise<SyncSummary> {
  const target = await main.syncGetTarget();
  if (!target) throw new SyncStopped('not-set-up');
  const deviceId = db.writer.deviceId;

  onProgress({ step: 'backup', done: 0, total: 1 });
  try {
    await streamBackup(db, {
      reason: 'before-sync',
      keep: await localSettings(db).get('backupKeep'),
      main,
      onProgress: (p) => onProgress({ step: 'backup', done: p.done, total: p.total }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw new SyncStopped('cancelled');
    throw error;
  }

  checkCancelled(signal);
  const fromSnapshot = await startFromSnapshot(db, main, (p) => onProgress({ step: 'join', ...p }), signal).catch((error: unknown) => {
    if (signal?.aborted) throw new SyncStopped('cancelled');
    throw error;
  });
  // The ops to publish this time: every unpublished one up to the newest now (an edit made
  // while syncing waits for the next sync: its files were not uploaded before it). They are
  // read a chunk at a time, never all at once (a ten-year office that never synced has
  // 100,000 of them).
  const run: SyncRun = { db, main, deviceId, onProgress, signal };
  const lastSeq = (await unpublishedOps(db).last())?.seq ?? 0;
  await uploadFiles(run, lastSeq);
  const sent = await publish(run, lastSeq);
  // Our own files other workstations may still need, put back if the share lost or damaged them.
  checkCancelled(signal);
  const repair = await main.syncRepairOwnFiles();
  const pulled = await pull(run);
  onProgress({ step: 'snapshot', done: 0, total: 1 });
  // After an erasure here: the share's copies of the erased values go, old snapshots with them.
  const redacted = await redactShare(db, main);
  if (!redacted) await writeSnapshotIfDue(db, main);
  // … and this computer's backups (main waits while a backup is in use: then next sync).
  await redactBackups(db, main);

  await writeSyncMeta(db, { lastSyncAt: new Date().toISOString() });
  const missing = await missingFiles(db);
  const summary: SyncSummary = {
    sent,
    ...pulled,
    received: pulled.received + fromSnapshot,
    conflicts: await db.syncRecords.where('hasConflicts').equals(1).count(),
    held: await db.syncHeld.filter((row) => row.reason !== 'not-permitted').count(),
    notPermitted: await notPermittedReport(db, pulled.devices),
    missingTotal: missing.total,
    missingFiles: missing.shown,
    clock: await checkClock(db, pulled.devices),
    repaired: repair.repaired,
    unrepairable: repair.unrepairable.length,
  };
  if (downloadFiles) void startFileDownload(db, main);
  return summary;
}

/**
 * Files before the ops that name them: an op must never reach another workstation before its
 * photo. A file neither here nor on the share is wanted (and so named as missing) and the text
 * is still published: the record should not wait for a photo that may never come.
 *
 * Files already known to be missing are offered too: if this workstation has one now (the
 * photo was added again, or it was here all along while another workstation lacks it), it
 * goes to the share and everyone's next download finds it.
 */
async function uploadFiles({ db, main, onProgress, signal }: SyncRun, lastSeq: number): Promise<void> {
  const own: BlobWant[] = [];
  await unpublishedOps(db).each((op) => {
    if ((op.seq ?? 0) <= lastSeq) own.push(...wantsOfOps([toSyncOp(op)]));
  });
  const byId = new Map<string, BlobWant>();
  for (const want of [...own, ...(await db.blobWants.filter((w) => w.attempts > 0).toArray())]) if (!byId.has(want.blobId)) byId.set(want.blobId, want);
  const ids = [...byId.keys()];
  const notHere: string[] = [];
  for (let start = 0; start < ids.length; start += BLOBS_PER_CALL) {
    checkCancelled(signal);
    onProgress({ step: 'upload-files', done: start, total: ids.length });
    notHere.push(...(await main.syncUploadBlobs({ ids: ids.slice(start, start + BLOBS_PER_CALL) })).notHere);
  }
  if (ids.length > 0) onProgress({ step: 'upload-files', done: ids.length, total: ids.length });
  // Our own records' files are wanted here too: if this store lost one that the share has,
  // the download brings it back; one that nobody has is named missing from now on.
  await db.transaction('rw', db.blobWants, async () => {
    await addBlobWants(db, own);
    const lost = (await db.blobWants.bulkGet(notHere)).filter((w): w is BlobWantRow => !!w && w.attempts === 0);
    await db.blobWants.bulkPut(lost.map((w) => ({ ...w, attempts: 1 })));
  });
}

async function publish({ db, main, deviceId, onProgress, signal }: SyncRun, lastSeq: number): Promise<number> {
  if (lastSeq === 0) return 0;
  const total = await unpublishedOps(db).filter((op) => (op.seq ?? 0) <= lastSeq).count();
  if (total === 0) return 0;
  const meta = await readSyncMeta(db);
  if (clockProblem(Date.now(), meta.deviceTimes)) throw new SyncStopped('clock-behind');

  let through = meta.publishedThrough;
  const deviceName = (await main.deviceGetIdentity()).deviceName;
  let sent = 0;
  for (;;) {
    checkCancelled(signal);
    onProgress({ step: 'publish', done: sent, total });
    // In seq order (the index orders equal keys by primary key); each chunk is marked
    // published before the next is read, so the next read starts after it.
    const chunk = (await unpublishedOps(db).limit(PUBLISH_CHUNK).toArray()).filter((op) => (op.seq ?? 0) <= lastSeq);
    if (chunk.length === 0) break;
    const ops: SequencedOp[] = chunk.map((op, i) => ({ seq: through + i + 1, op: toSyncOp(op) }));
    await main.syncPublish({ deviceId, deviceName, publishedThrough: through, ops });
    through += chunk.length;
    await db.transaction('rw', db.outbox, db.syncMeta, async () => {
      await db.outbox.bulkUpdate(chunk.map((op) => ({ key: op.seq ?? 0, changes: { published: 1 as const } })));
      await writeSyncMeta(db, { publishedThrough: through });
    });
    sent += chunk.length;
  }
  return sent;
}

/**
 * After a pull that carried out an erasure (data/erasure.ts): the files only the erased
 * records used leave main's store, and so do preview PDFs, which may name the person.
 */
async function forgetErased(main: PrDeskClient, erased: { blobIds: string[]; records: number }): Promise<void> {
  if (erased.records === 0) return;
  // New database files without the old values: at the next start, or when the person says now.
  await main.databasePurgeWant();
  for (let start = 0; start < erased.blobIds.length; start += MAX_BLOB_IDS_PER_CALL) {
    await main.blobErase({ ids: erased.blobIds.slice(start, start + MAX_BLOB_IDS_PER_CALL) });
  }
  await main.pdfForgetPreviews({});
}

/** What an intake holds back (from a newer app, or stamped too far ahead), each with why and whose device it came from. */
function heldBack(intake: ReturnType<typeof sortIntake>, deviceIdOf: (item: SequencedOp) => string) {
  return [
    ...intake.newerVersion.map((item) => ({ deviceId: deviceIdOf(item), reason: 'newer-version' as const, item })),
    ...intake.quarantined.map((item) => ({ deviceId: deviceIdOf(item), reason: 'far-future' as const, item })),
  ];
}

async function pull({ db, main, deviceId, onProgress, signal }: SyncRun) {
  let received = 0;
  const erased = { blobIds: [] as string[], records: 0 };
  const noteErased = (outcome: { erasedBlobIds: string[]; erasedRecords: number }) => {
    erased.blobIds.push(...outcome.erasedBlobIds);
    erased.records += outcome.erasedRecords;
  };

  // Ops held back last time (our clock was wrong, the app older) get another look first.
  const held = await db.syncHeld.toArray();
  if (held.length > 0) {
    const intake = sortIntake(
      held.map((h) => h.item),
      CURRENT_SCHEMA_VERSION,
    );
    const outcome = await applyRemoteBatch(db, {
      deviceId: '',
      lastSeq: null,
      apply: intake.apply,
      hold: heldBack(intake, (item) => item.op.deviceId),
      releasedHeldIds: held.map((h) => h.id ?? 0),
    }, derivedValues);
    received += outcome.applied;
    noteErased(outcome);
  }

  let result: PullResult;
  let quarantined: QuarantinedEntry[] = [];
  do {
    checkCancelled(signal);
    const meta = await readSyncMeta(db);
    result = await main.syncPull({ deviceId, cursor: meta.cursor, maxOps: PULL_CHUNK });
    quarantined = mergeQuarantined(quarantined, result.quarantined);
    for (const batch of result.batches) {
      onProgress({ step: 'pull', done: received, total: received + batch.ops.length });
      const intake = sortIntake(batch.ops, CURRENT_SCHEMA_VERSION);
      const outcome = await applyRemoteBatch(db, {
        deviceId: batch.deviceId,
        lastSeq: batch.lastSeq,
        apply: intake.apply,
        hold: heldBack(intake, () => batch.deviceId),
      }, derivedValues);
      received += outcome.applied;
      noteErased(outcome);
    }
  } while (result.more);
  await forgetErased(main, erased);
  // After a restore we replayed our own published ops; once caught up, stop reading our own files.
  const meta = await readSyncMeta(db);
  if (deviceId in meta.cursor && (meta.cursor[deviceId] ?? 0) >= meta.publishedThrough) {
    const { [deviceId]: _own, ...others } = meta.cursor;
    await writeSyncMeta(db, { cursor: others });
  }
  return { received, waiting: result.waiting, quarantined, devices: result.devices, erasedRecords: erased.records };
}
