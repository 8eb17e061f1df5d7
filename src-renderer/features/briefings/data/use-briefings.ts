import { liveRows, useLiveDbQuery, type BriefingRecord, type BriefingVersionRecord } from '../../../data';

/** Every live briefing, in stored order (pages sort and search them). */
export function useBriefings(): BriefingRecord[] | undefined {
  return useLiveDbQuery((db) => liveRows(db.briefings));
}

/** One briefing as stored; null when there is none, undefined while loading. */
export function useBriefingRecord(id: string): BriefingRecord | null | undefined {
  return useLiveDbQuery(async (db) => (await db.briefings.get(id)) ?? null, [id]);
}

/** Who wrote it (the record's author, set by the data layer): nobody approves their own. */
export function useBriefingAuthor(id: string): string | undefined {
  return useLiveDbQuery(async (db) => (await db.briefings.get(id))?.createdBy, [id]);
}

/** Earlier versions of a briefing (frozen when a new version began), newest first. */
export function useBriefingVersions(briefingId: string): BriefingVersionRecord[] | undefined {
  return useLiveDbQuery(
    async (db) => (await db.briefingVersions.where('briefingId').equals(briefingId).toArray()).filter((v) => !v.deleted).sort((a, b) => b.version - a.version),
    [briefingId],
  );
}
