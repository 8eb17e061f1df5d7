import { useLiveDbQuery } from './use-db-hooks';
import { readHistory, type HistoryEntry } from './history';
import { idsIn, recordNames } from './record-names';

export interface RecordHistoryData {
  entries: HistoryEntry[];
  /**
   * Record id → name: who made each change (staff), and every record a change points at (an
   * assignee, an agency, a mission), so the history shows names, never ids.
   */
  names: Map<string, string>;
}

/** A record's changes, newest first, read from the outbox, with the names of who made them and what they point at. */
export function useRecordHistory(table: string, recordId: string | null): RecordHistoryData | undefined {
  return useLiveDbQuery(async (db) => {
    if (!recordId) return { entries: [], names: new Map<string, string>() };
    const entries = await readHistory(db, table, recordId);
    const ids = new Set(entries.map((e) => e.actor));
    for (const entry of entries) for (const change of entry.changes) idsIn([change.before, change.after], ids);
    return { entries, names: await recordNames(db, ids) };
  }, [table, recordId]);
}
