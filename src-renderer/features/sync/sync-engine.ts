import {
  CURRENT_SCHEMA_VERSION,
  applyRemoteBatch,
  exportDatabase,
  localSettings,
  readSyncMeta,
  toSyncOp,
  writeSyncMeta,
  type PrDeskDb,
  SYNCED_TABLES,
} from '../../data';
import type { PrDeskClient } from '../../../src-main/shared/ipc/api';
import { compareHlc } from '../../../src-main/shared/sync/hlc';
import { clockProblem, sortIntake } from '../../../src-main/shared/sync/intake';
import type { PullResult, SequencedOp } from '../../../src-main/shared/sync/transport';
import { startFromSnapshot, writeSnapshotIfDue } from './snapshot';

export type SyncStep = 'backup' | 'upload-files' | 'publish' | 'pull' | 'download-files';

export interface SyncProgress {
  step: SyncStep;
  done: number;
  total: number;
}

export interface SyncSummary {
  sent: number;
  received: number;
  conflicts: number;
  held: number;
  waiting: { deviceId: string; file: string; reason: string }[];
  devices: { deviceId: string; deviceName: string }[];
  missingFiles: number;
}

/** A sync that stopped for a reason the user must act on (the code has a Thai text). */
export class SyncStopped extends Error {
  constructor(readonly code: 'clock-behind' | 'not-set-up') {
    super(code);
    this.name = 'SyncStopped';
  }
}

const PUBLISH_CHUNK = 2000;
const PULL_CHUNK = 2000;

let running: Promise<SyncSummary> | null = null;

/** One sync at a time, however many buttons are pressed. */
export function runSync(db: PrDeskDb, main: PrDeskClient, onProgress: (p: SyncProgress) => void = () => {}): Promise<SyncSummary> {
  running ??= syncOnce(db, main, onProgress).finally(() => {
    running = null;
  });
  return running;
}

async function syncOnce(db: PrDeskDb, main: PrDeskClient, onProgress: (p: SyncProgress) => void): Promise<SyncSummary> {
  const target = await main.syncGetTarget();
  if (!target) throw new SyncStopped('not-set-up');
  const deviceId = db.writer.deviceId;

  onProgress({ step: 'backup', done: 0, total: 1 });
  await main.backupWrite({ reason: 'before-sync', json: await exportDatabase(db), keep: await localSettings(db).get('backupKeep') });

  // Attachments first: an op must never reach another workstation before the file it names.
  // Ids first, then one file at a time: years of photos never sit in memory together.
  const toUpload = await db.blobs.filter((b) => b.uploaded !== 1).primaryKeys();
  for (const [i, id] of toUpload.entries()) {
    onProgress({ step: 'upload-files', done: i, total: toUpload.length });
    const blob = await db.blobs.get(id);
    if (!blob) continue;
    await main.syncPutBlob({ id: blob.id, bytes: new Uint8Array(blob.data) });
    await db.blobs.update(blob.id, { uploaded: 1 });
  }

  const fromSnapshot = await startFromSnapshot(db, main);
  const sent = await publish(db, main, deviceId, onProgress);
  const pulled = await pull(db, main, deviceId, onProgress);
  const missingFiles = await downloadMissingBlobs(db, main, onProgress);
  await writeSnapshotIfDue(db, main);

  await writeSyncMeta(db, { lastSyncAt: new Date().toISOString() });
  return {
    sent,
    ...pulled,
    received: pulled.received + fromSnapshot,
    conflicts: await db.syncRecords.where('hasConflicts').equals(1).count(),
    held: await db.syncHeld.count(),
    missingFiles,
  };
}

async function publish(db: PrDeskDb, main: PrDeskClient, deviceId: string, onProgress: (p: SyncProgress) => void): Promise<number> {
  const pending = await db.outbox.where('published').equals(0).sortBy('seq');
  if (pending.length === 0) return 0;
  const meta = await readSyncMeta(db);
  const ownNewest = pending[pending.length - 1]?.hlc ?? null;
  const newest = [meta.newestSeen, ownNewest].filter((s): s is string => !!s).sort(compareHlc).pop() ?? null;
  if (clockProblem(Date.now(), newest)) throw new SyncStopped('clock-behind');

  let through = meta.publishedThrough;
  const deviceName = (await main.deviceGetIdentity()).deviceName;
  for (let start = 0; start < pending.length; start += PUBLISH_CHUNK) {
    onProgress({ step: 'publish', done: start, total: pending.length });
    const chunk = pending.slice(start, start + PUBLISH_CHUNK);
    const ops: SequencedOp[] = chunk.map((op, i) => ({ seq: through + i + 1, op: toSyncOp(op) }));
    await main.syncPublish({ deviceId, deviceName, publishedThrough: through, ops });
    through += chunk.length;
    await db.transaction('rw', db.outbox, db.syncMeta, async () => {
      await db.outbox.bulkUpdate(chunk.map((op) => ({ key: op.seq ?? 0, changes: { published: 1 as const } })));
      await writeSyncMeta(db, { publishedThrough: through });
    });
  }
  return pending.length;
}

async function pull(db: PrDeskDb, main: PrDeskClient, deviceId: string, onProgress: (p: SyncProgress) => void) {
  const now = Date.now();
  let received = 0;

  // Ops held back last time (our clock was wrong, the app older) get another look first.
  const held = await db.syncHeld.toArray();
  if (held.length > 0) {
    const intake = sortIntake(held.map((h) => h.item), now, CURRENT_SCHEMA_VERSION);
    await applyRemoteBatch(db, {
      deviceId: '',
      lastSeq: null,
      apply: intake.apply,
      hold: [
        ...intake.newerVersion.map((item) => ({ deviceId: item.op.deviceId, reason: 'newer-version' as const, item })),
        ...intake.quarantined.map((item) => ({ deviceId: item.op.deviceId, reason: 'far-future' as const, item })),
      ],
      releasedHeldIds: held.map((h) => h.id ?? 0),
    });
    received += intake.apply.length;
  }

  let result: PullResult;
  do {
    const meta = await readSyncMeta(db);
    result = await main.syncPull({ deviceId, cursor: meta.cursor, maxOps: PULL_CHUNK });
    for (const batch of result.batches) {
      onProgress({ step: 'pull', done: received, total: received + batch.ops.length });
      const intake = sortIntake(batch.ops, now, CURRENT_SCHEMA_VERSION);
      await applyRemoteBatch(db, {
        deviceId: batch.deviceId,
        lastSeq: batch.lastSeq,
        apply: intake.apply,
        hold: [
          ...intake.newerVersion.map((item) => ({ deviceId: batch.deviceId, reason: 'newer-version' as const, item })),
          ...intake.quarantined.map((item) => ({ deviceId: batch.deviceId, reason: 'far-future' as const, item })),
        ],
      });
      received += intake.apply.length;
    }
  } while (result.more);
  // After a restore we replayed our own published ops; once caught up, stop reading our own files.
  const meta = await readSyncMeta(db);
  if (deviceId in meta.cursor && (meta.cursor[deviceId] ?? 0) >= meta.publishedThrough) {
    const { [deviceId]: _own, ...others } = meta.cursor;
    await writeSyncMeta(db, { cursor: others });
  }
  return { received, waiting: result.waiting, devices: result.devices };
}

/** Blob ids that synced records point at (fields named …BlobId or …BlobIds). */
async function referencedBlobIds(db: PrDeskDb): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const name of SYNCED_TABLES) {
    for (const row of (await db.table(name).toArray()) as Record<string, unknown>[]) {
      for (const [key, value] of Object.entries(row)) {
        if (key.endsWith('BlobId') && typeof value === 'string') ids.add(value);
        if (key.endsWith('BlobIds') && Array.isArray(value)) for (const v of value) if (typeof v === 'string') ids.add(v);
      }
    }
  }
  return ids;
}

/** Fetches attachments other workstations referenced; one not there yet is simply tried next time. */
async function downloadMissingBlobs(db: PrDeskDb, main: PrDeskClient, onProgress: (p: SyncProgress) => void): Promise<number> {
  const wanted = [...(await referencedBlobIds(db))];
  const present = new Set((await db.blobs.bulkGet(wanted)).filter((b) => b !== undefined).map((b) => b.id));
  const missing = wanted.filter((id) => !present.has(id));
  let stillMissing = 0;
  for (const [i, id] of missing.entries()) {
    onProgress({ step: 'download-files', done: i, total: missing.length });
    const { bytes } = await main.syncGetBlob({ id });
    if (!bytes) {
      stillMissing += 1;
      continue;
    }
    await db.blobs.put({ id, mime: sniffMime(bytes), size: bytes.byteLength, data: bytes, createdAt: new Date().toISOString(), uploaded: 1 });
  }
  return stillMissing;
}

function sniffMime(bytes: Uint8Array): string {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  if (bytes[0] === 0x25 && bytes[1] === 0x50) return 'application/pdf';
  return 'application/octet-stream';
}
