import { readSyncMeta, useDbCommands, useLiveDbQuery, useUnpublishedCount, type SyncMeta } from '../../../data';

/** This workstation's sync bookkeeping (last sync, cursors), live. */
export function useSyncMeta(): SyncMeta | undefined {
  return useLiveDbQuery((db) => readSyncMeta(db));
}

/** How many of this workstation's changes are not yet on the share; 0 while loading. */
export function usePendingChangeCount(): number {
  return useUnpublishedCount() ?? 0;
}

/** Reads, once, the sync bookkeeping and this workstation's device id (for a request to main). */
export function useReadSyncPosition(): () => Promise<{ meta: SyncMeta; deviceId: string }> {
  return useDbCommands((db) => async () => ({ meta: await readSyncMeta(db), deviceId: db.writer.deviceId }));
}
