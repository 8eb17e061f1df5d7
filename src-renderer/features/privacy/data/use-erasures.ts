import { useDbCommands, useLiveDbQuery, type DataErasureRecord, type ErasureFiles } from '../../../data';
import { erasureFollowUp } from '../../../data';

/** The erasure records of one person's record (when and why they were erased). */
export function useErasuresOf(table: string, recordId: string): DataErasureRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await db.dataErasures.where('[table+recordId]').equals([table, recordId]).toArray()).filter((e) => !e.deleted), [table, recordId]);
}

/** What follows an erasure outside the records: its files, the temp previews, the backups, the database files. */
export function useErasureFollowUp(): ErasureFiles {
  return useDbCommands((db) => erasureFollowUp(db));
}
