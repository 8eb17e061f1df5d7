import { useCallback, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { liveRow, useDb, useLiveDbQuery, type PressReleaseRecord, type ReleaseVersionRecord } from '../../../data';
import type { ReleaseFilters } from '../model/release-filters';
import { releaseWriteVersion, subscribeReleaseWrites } from './release-index-session';
import { findReleases, type ReleasePage } from './release-search';

export function useReleases(filters: ReleaseFilters, limit: number): ReleasePage | undefined {
  const db = useDb();
  // The in-memory search index reads only the rows shown, so the live query alone would miss a
  // new matching release: the write counter re-asks after every committed change.
  const subscribe = useCallback((listener: () => void) => subscribeReleaseWrites(db, listener), [db]);
  const writes = useSyncExternalStore(subscribe, () => releaseWriteVersion(db));
  return useLiveQuery(() => findReleases(db, filters, limit), [db, filters, limit, writes]);
}

/** One release; null when there is none (or it was deleted), undefined while loading. */
export function useRelease(id: string | undefined): PressReleaseRecord | null | undefined {
  return useLiveDbQuery(async (db) => (id ? ((await liveRow(db.pressReleases, id)) ?? null) : null), [id]);
}

/** A release's saved text versions, oldest first. */
export function useVersions(releaseId: string): ReleaseVersionRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await db.pressReleaseVersions.where('releaseId').equals(releaseId).toArray()).filter((v) => !v.deleted).sort((a, b) => a.versionNo - b.versionNo), [releaseId]);
}

/** How many releases wait for review (the dashboard's reminder). */
export function useReleasesInReview(): number | undefined {
  return useLiveDbQuery(async (db) => (await db.pressReleases.where('status').equals('review').toArray()).filter((r) => !r.deleted).length);
}
