import { readSyncMeta, toSyncOp, unpublishedOps, writeSyncMeta, type PrDeskDb } from '../../../data';
import type { PrDeskClient } from '../../../../src-main/shared/ipc/api';
import { REDACT_PER_CALL } from '../../../../src-main/shared/sync/transport';
import { writeSnapshotIfDue } from './snapshot';

/**
 * The share's part of a PDPA erasure (docs/PDPA.md), run at the first sync after this
 * workstation scrubbed someone (data/erasure.ts left `pendingRedaction`):
 * 1. its own published op files that held the erased values are rewritten with the redacted
 *    ops (main checks each is only a redaction, and signs it as before);
 * 2. the erased people's files leave the share;
 * 3. a new snapshot of its (scrubbed) state replaces every older snapshot of this workstation.
 * Other workstations' files are theirs to rewrite: each does the same when it applies the
 * erasure. What is done is taken off the list only once all three succeed; an erasure made
 * meanwhile stays listed for the next sync.
 */
export async function redactShare(db: PrDeskDb, main: PrDeskClient): Promise<{ files: number; blobs: number } | null> {
  const pending = (await readSyncMeta(db)).pendingRedaction;
  if (!pending) return null;
  const deviceId = db.writer.deviceId;
  let files = 0;
  let blobs = 0;
  for (let start = 0; start < pending.seqs.length; start += REDACT_PER_CALL) {
    const rows = await db.outbox.bulkGet(pending.seqs.slice(start, start + REDACT_PER_CALL));
    const ops = rows.filter((op) => op !== undefined && op.seq !== undefined).map((op) => ({ seq: op?.seq ?? 0, op: toSyncOp(op as NonNullable<typeof op>) }));
    files += (await main.syncRedactOwnFiles({ deviceId, ops, blobIds: [] })).files;
  }
  for (let start = 0; start < pending.blobIds.length; start += REDACT_PER_CALL) {
    blobs += (await main.syncRedactOwnFiles({ deviceId, ops: [], blobIds: pending.blobIds.slice(start, start + REDACT_PER_CALL) })).blobs;
  }
  // Not while edits wait to be published: the snapshot must describe a published position.
  if ((await unpublishedOps(db).count()) > 0) return { files, blobs };
  await writeSnapshotIfDue(db, main, true, true);
  await db.transaction('rw', db.syncMeta, async () => {
    const now = (await readSyncMeta(db)).pendingRedaction;
    if (!now) return;
    if (now.round === pending.round) return writeSyncMeta(db, { pendingRedaction: null });
    const seqs = now.seqs.filter((seq) => !pending.seqs.includes(seq));
    const blobIds = now.blobIds.filter((id) => !pending.blobIds.includes(id));
    return writeSyncMeta(db, { pendingRedaction: { seqs, blobIds, round: now.round } });
  });
  return { files, blobs };
}
