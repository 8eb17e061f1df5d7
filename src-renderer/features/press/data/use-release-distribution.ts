import { useLiveDbQuery, type PressPickupRecord, type PressSendRecord } from '../../../data';

/** Who a release was sent to, latest first. */
export function useSends(releaseId: string): PressSendRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await db.pressSends.where('releaseId').equals(releaseId).toArray()).filter((s) => !s.deleted).sort((a, b) => b.sentAt.localeCompare(a.sentAt)), [releaseId]);
}

/** Where a release was used by the media, latest first. */
export function usePickups(releaseId: string): PressPickupRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await db.pressPickups.where('releaseId').equals(releaseId).toArray()).filter((p) => !p.deleted).sort((a, b) => b.date.localeCompare(a.date)), [releaseId]);
}
