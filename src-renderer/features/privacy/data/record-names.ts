import type { PrDeskDb } from '../../../data';
import { recordName } from '../model/record-names';

type Row = Record<string, unknown>;

/**
 * Names of the records `refs` point at (table → ids), read in one pass per table, for writing
 * an access export or a list without a query per row.
 */
export async function loadRecordNames(db: PrDeskDb, refs: ReadonlyMap<string, ReadonlySet<string>>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const [table, ids] of refs) {
    const rows = await db.table<Row, string>(table).bulkGet([...ids]);
    for (const row of rows) if (row) names.set(`${table}\u0000${String(row.id)}`, recordName(table, row));
  }
  return names;
}
