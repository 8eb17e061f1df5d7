import type { PlanTag, PlanTagTable } from '../../../../src-main/shared/domain/plan';
import type { PrDeskDb } from '../../../data';
import { planTagRepo } from './plan-repo';

/** A record of another module, with the title and day of work the plan report shows for it. */
export interface TaggedRecord {
  table: PlanTagTable;
  recordId: string;
  title: string;
  date: string;
}

/** Where in a plan the record's work counts. */
export interface TagTarget {
  planId: string;
  themeId: string;
  topicId: string | null;
}

/**
 * Tag a record with a theme (and topic) of a plan. A record has at most one live tag per plan:
 * tagging again rewrites it, and any extra tag (written on another workstation before sync) is
 * removed. `null` target removes the record's tag in that plan.
 */
export async function tagRecord(db: PrDeskDb, record: TaggedRecord, planId: string, target: TagTarget | null): Promise<void> {
  const repo = planTagRepo(db);
  await db.transaction('rw', db.planTags, async () => {
    const existing = (await db.planTags.where('recordId').equals(record.recordId).toArray()).filter(
      (tag) => !tag.deleted && tag.planId === planId && tag.table === record.table,
    );
    const [keep, ...extra] = existing;
    for (const tag of extra) await repo.remove(tag.id);
    if (!target) {
      if (keep) await repo.remove(keep.id);
      return;
    }
    const fields: PlanTag = { ...target, table: record.table, recordId: record.recordId, title: record.title.slice(0, 500), date: record.date };
    if (keep) await repo.update(keep.id, fields);
    else await repo.create(fields);
  });
}
