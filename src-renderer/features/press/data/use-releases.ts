import { liveRow, useLiveDbQuery, type PressReleaseRecord, type ReleaseVersionRecord } from '../../../data';

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
