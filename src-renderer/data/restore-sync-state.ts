import { Dexie } from 'dexie';
import type { PrDeskDb } from './db';
import { markUnlogged } from './outbox-middleware';

/**
 * After a restore this workstation continues as a new device (main's device:renew-identity).
 * Its sync state is rewritten so that it is never stuck and never writes into a log the
 * share may already have continued:
 * - ops the backup had not published yet are re-attributed to the new device (same opId and
 *   stamp, so if the old device did publish them after the backup, applying them twice is a
 *   no-op) and will be published under the new id: `restoredOutboxRow`, applied as the outbox
 *   is written back (rewriting them afterwards read and wrote every op of an office that
 *   never synced a second time);
 * - nothing is published yet under the new id (publishedThrough = 0);
 * - the old device becomes just another device to read from, starting where the backup
 *   stood: its later ops on the share (made after the backup) come back at the next sync;
 * - the snapshot bookkeeping belonged to the old id, so it is dropped.
 */
export interface RestoreIds {
  newDeviceId: string;
  backupDeviceId: string;
}

/** An outbox row as the restored workstation keeps it: unpublished ops become the new device's. */
export function restoredOutboxRow(row: Record<string, unknown>, ids: RestoreIds): Record<string, unknown> {
  return row.published === 0 ? { ...row, deviceId: ids.newDeviceId } : row;
}

export async function rewriteSyncStateAfterRestore(db: PrDeskDb, ids: RestoreIds): Promise<void> {
  await db.transaction('rw', [db.syncMeta], async () => {
    markUnlogged((Dexie.currentTransaction as unknown as { idbtrans: object }).idbtrans);
    const cursorRow = await db.syncMeta.get('cursor');
    const publishedRow = await db.syncMeta.get('publishedThrough');
    const cursor = { ...((cursorRow?.value as Record<string, number> | undefined) ?? {}) };
    const published = typeof publishedRow?.value === 'number' ? publishedRow.value : 0;
    cursor[ids.backupDeviceId] = published;
    delete cursor[ids.newDeviceId];
    await db.syncMeta.bulkPut([
      { key: 'cursor', value: cursor },
      { key: 'publishedThrough', value: 0 },
    ]);
    await db.syncMeta.delete('snapshotCovered');
  });
}
