import { staffDisplayName } from '../../src-main/shared/domain/staff';
import { useLiveDbQuery } from './use-db-hooks';
import { readHistory, type HistoryEntry } from './history';

export interface RecordHistoryData {
  entries: HistoryEntry[];
  /** Staff id → display name, for "who changed it". */
  names: Map<string, string>;
}

/** A record's changes, newest first, read from the outbox, with the names of who made them. */
export function useRecordHistory(table: string, recordId: string | null): RecordHistoryData | undefined {
  return useLiveDbQuery(async (db) => {
    if (!recordId) return { entries: [], names: new Map<string, string>() };
    const entries = await readHistory(db, table, recordId);
    const actors = [...new Set(entries.map((e) => e.actor))];
    const staff = await db.staff.bulkGet(actors);
    const names = new Map<string, string>();
    staff.forEach((s, i) => {
      if (s) names.set(actors[i] ?? '', staffDisplayName(s));
    });
    return { entries, names };
  }, [table, recordId]);
}
