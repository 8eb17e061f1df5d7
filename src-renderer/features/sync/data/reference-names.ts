import type { PrDeskDb } from '../../../data';
import { conflictRecordTitle } from '../model/conflict-record';

/**
 * Tables a reference field can point at: the records staff pick by name in a form (a task's
 * mission, an assignee, a release's agency, an intern's institution…). Ids are UUIDs, unique
 * across tables, so an id is looked up in each until found rather than mapped field by field;
 * that also names ids inside lists and objects (assigneeIds, a complaint step's staffId).
 */
const NAMED_TABLES = [
  'staff',
  'missions',
  'tasks',
  'agencies',
  'institutions',
  'interns',
  'mediaOutlets',
  'mediaContacts',
  'distributionLists',
  'pressRequests',
  'pressReleases',
  'briefings',
  'qaBank',
  'pressConferences',
  'complaints',
  'surveys',
] as const;

/** Id → the name its record goes by on screen, for the ids found on this workstation. */
export async function referenceNames(db: PrDeskDb, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let missing = [...ids];
  for (const table of NAMED_TABLES) {
    if (missing.length === 0) break;
    const records = (await db.table(table).bulkGet(missing)) as (Record<string, unknown> | undefined)[];
    missing = missing.filter((id, i) => {
      const record = records[i];
      if (!record) return true;
      const name = conflictRecordTitle(table, id, record, () => '');
      if (name) names.set(id, name);
      return false;
    });
  }
  return names;
}
