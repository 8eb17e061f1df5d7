import type { DailyDigest } from '../../../../src-main/shared/domain/daily-digest';
import { useDbCommands, useLiveDbQuery, type DailyDigestRecord } from '../../../data';
import { digestRepo } from './digest-repo';

/** The digest kept for a day (the latest written, should two workstations each have made one). */
export function useDigestOf(date: string | null): DailyDigestRecord | null | undefined {
  return useLiveDbQuery(async (db) => {
    if (!date) return null;
    const rows = (await db.dailyDigests.where('date').equals(date).toArray()).filter((d) => !d.deleted);
    return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id))[0] ?? null;
  }, [date]);
}

/** The latest digests, newest day first. */
export function useRecentDigests(limit = 30): DailyDigestRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await db.dailyDigests.orderBy('date').reverse().limit(limit * 2).toArray()).filter((d) => !d.deleted).slice(0, limit), [limit]);
}

export function useDigestCommands() {
  return useDbCommands((db) => ({
    create: (digest: DailyDigest) => digestRepo(db).create(digest),
    update: (id: string, patch: Partial<DailyDigest>) => digestRepo(db).update(id, patch),
  }));
}
