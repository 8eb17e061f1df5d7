import { liveRows, useDbCommands, useLiveDbQuery, type PlanRecord, type PlanTagRecord } from '../../../data';
import type { Plan } from '../../../../src-main/shared/domain/plan';
import { latestTags } from '../model/latest-tags';
import { planReport, reportPeriod, type PlanReport } from '../model/plan-report';
import { loadPlanReportSources } from './plan-report-sources';
import { planRepo } from './plan-repo';
import { tagRecord, type TaggedRecord, type TagTarget } from './plan-tag-actions';

/** Every live plan, the newest fiscal year first (an office has a few per year). */
export function usePlans(): PlanRecord[] | undefined {
  return useLiveDbQuery(async (db) =>
    (await liveRows(db.plans)).sort((a, b) => b.firstFiscalYear - a.firstFiscalYear || a.title.localeCompare(b.title, 'th')),
  );
}

/** One plan, null when it does not exist or was deleted; undefined while loading. */
export function usePlan(planId: string): PlanRecord | null | undefined {
  return useLiveDbQuery(async (db) => {
    const plan = await db.plans.get(planId);
    return plan && !plan.deleted ? plan : null;
  }, [planId]);
}

/** A record's live tags, one per plan (the one written last, see latestTags); by the recordId index. */
export function useRecordPlanTags(recordId: string): PlanTagRecord[] | undefined {
  return useLiveDbQuery(async (db) => latestTags(await db.planTags.where('recordId').equals(recordId).toArray()), [recordId]);
}

export function usePlanCommands() {
  return useDbCommands((db) => ({
    create: (plan: Plan) => planRepo(db).create(plan),
    update: (id: string, plan: Plan) => planRepo(db).update(id, plan),
    remove: (id: string) => planRepo(db).remove(id),
  }));
}

export function usePlanTagCommands() {
  return useDbCommands((db) => ({
    tag: (record: TaggedRecord, target: TagTarget) => tagRecord(db, record, target.planId, target),
    untag: (record: TaggedRecord, planId: string) => tagRecord(db, record, planId, null),
  }));
}

/**
 * The plan report of one fiscal year of the plan (null: the whole plan), live: it follows new
 * tags, a release published, a pickup added. undefined while loading, null without the plan.
 */
export function usePlanReport(planId: string, fiscalYear: number | null, today: string): PlanReport | null | undefined {
  return useLiveDbQuery(async (db) => {
    const plan = await db.plans.get(planId);
    if (!plan || plan.deleted) return null;
    const period = fiscalYear === null ? null : reportPeriod(plan, fiscalYear, today);
    return planReport(await loadPlanReportSources(db, plan, period), fiscalYear, today);
  }, [planId, fiscalYear, today]);
}
