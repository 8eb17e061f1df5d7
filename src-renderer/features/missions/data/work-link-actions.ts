import { linkModulesOf, type WorkLink } from '../../../../src-main/shared/domain/work-link';
import { workLinkRepo, type PrDeskDb } from '../../../data';

/** A record of another module, with the title and date the report shows for it. */
export interface LinkedRecord {
  module: WorkLink['module'];
  recordId: string;
  title: string;
  date: string;
}

/** Where the record's work counts: a mission, and optionally one of its tasks. */
export interface LinkTarget {
  missionId: string;
  taskId: string | null;
}

/**
 * Attach a record of another module (a release, a briefing, …) to a mission or task. A record
 * has at most one live link: linking it again moves it (and updates its title and date), so a
 * report never counts the same release twice. `null` mission removes the link.
 */
export async function linkRecord(db: PrDeskDb, record: LinkedRecord, target: LinkTarget | null): Promise<void> {
  const repo = workLinkRepo(db);
  await db.transaction('rw', db.workLinks, async () => {
    // A link written under the kind's earlier module (a request linked as 'press') is the same
    // record's link: it is moved to the right kind rather than left to count twice.
    const keys = linkModulesOf(record.module).map((module) => [module, record.recordId]);
    const existing = (await db.workLinks.where('[module+recordId]').anyOf(keys).toArray()).filter((l) => !l.deleted);
    const [keep, ...extra] = existing;
    for (const link of extra) await repo.remove(link.id);
    if (!target) {
      if (keep) await repo.remove(keep.id);
      return;
    }
    const fields = { ...target, module: record.module, recordId: record.recordId, title: record.title, date: record.date };
    if (keep) await repo.update(keep.id, fields);
    else await repo.create(fields);
  });
}
