import { linkModulesOf, type WorkLinkModule } from '../../../../src-main/shared/domain/work-link';
import { liveRows, useLiveDbQuery, type WorkLinkRecord } from '../../../data';

/** Work done under a mission (or, with a task id, under that task only), newest first. */
export function useWorkLinks(missionId: string, taskId: string | null): WorkLinkRecord[] | undefined {
  return useLiveDbQuery(
    async (db) =>
      (await db.workLinks.where('missionId').equals(missionId).toArray())
        .filter((l) => !l.deleted && (taskId === null || l.taskId === taskId))
        .sort((a, b) => b.date.localeCompare(a.date)),
    [missionId, taskId],
  );
}

/** Every live work link (the mission report places them in its period itself). */
export function useAllWorkLinks(): WorkLinkRecord[] | undefined {
  return useLiveDbQuery((db) => liveRows(db.workLinks));
}

/**
 * The live link of one record of another module (a release, a survey, …), or null when it is
 * not linked; undefined while loading. A record has at most one (see linkRecord).
 */
export function useRecordWorkLink(module: WorkLinkModule, recordId: string): WorkLinkRecord | null | undefined {
  return useLiveDbQuery(
    async (db) =>
      (await db.workLinks.where('[module+recordId]').anyOf(linkModulesOf(module).map((m) => [m, recordId])).toArray()).find((l) => !l.deleted) ?? null,
    [module, recordId],
  );
}
