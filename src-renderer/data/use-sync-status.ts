import { useSyncExternalStore } from 'react';
import { useDb } from './database-context';
import { readSyncMeta, unpublishedOps } from './sync-store';
import type { UnreadableRecord } from './unreadable-records';
import { useLiveDbQuery } from './use-db-hooks';

/** How many changes this workstation made that sync has not sent yet; undefined while loading. */
export function useUnpublishedCount(): number | undefined {
  return useLiveDbQuery((db) => unpublishedOps(db).count());
}

/** Changes not yet published to the share, and when this workstation last synced (the header badge). */
export function useSyncStatus(): { pending: number; lastSyncAt: string | null | undefined } {
  const pending = useUnpublishedCount() ?? 0;
  const lastSyncAt = useLiveDbQuery(async (db) => (await readSyncMeta(db)).lastSyncAt);
  return { pending, lastSyncAt };
}

/** Records left out because they fail their schema (data/unreadable-records.ts), as they are found. */
export function useUnreadableRecords(): readonly UnreadableRecord[] {
  const db = useDb();
  useSyncExternalStore(db.unreadable.subscribe, db.unreadable.getVersion);
  return db.unreadable.list();
}
