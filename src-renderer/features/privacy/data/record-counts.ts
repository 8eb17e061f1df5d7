import { PERSONAL_TABLES } from '../../../../src-main/shared/pdpa/personal-fields';
import type { PrDeskDb } from '../../../data';

/** How many live (not deleted) records each table holding personal data has on this workstation. */
export async function personalRecordCounts(db: PrDeskDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of Object.keys(PERSONAL_TABLES)) {
    if (!db.tables.some((t) => t.name === table)) continue;
    counts[table] = await db.table<{ deleted?: boolean }>(table).filter((row) => row.deleted !== true).count();
  }
  return counts;
}
