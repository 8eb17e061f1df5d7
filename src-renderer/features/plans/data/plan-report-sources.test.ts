import { describe, expect, it } from 'vitest';
import { pressPickupRepo, pressReleaseRepo, seedStandardMissions, standardMissionId, taskRepo } from '../../../data';
import { openTestDb, sampleTask, testRelease } from '../../../data/test-db';
import { FIXTURE_IDS as ID, fixturePlan } from '../model/plan-fixtures';
import { planReport } from '../model/plan-report';
import { planRepo } from './plan-repo';
import { loadPlanReportSources } from './plan-report-sources';
import { tagRecord } from './plan-tag-actions';

describe('loadPlanReportSources', () => {
  it('reads a year of a plan by index: the published release and its pickup, the finished task', async () => {
    const { db } = await openTestDb();
    await seedStandardMissions(db);
    const plan = await planRepo(db).create(fixturePlan());
    const release = await pressReleaseRepo(db).create(testRelease({ status: 'published', releaseDate: '2026-01-10' }));
    await pressPickupRepo(db).create({ releaseId: release.id, outletId: null, outletName: 'สวท.สงขลา', url: '', clipping: '', date: '2026-01-11' });
    const task = await taskRepo(db).create(sampleTask(standardMissionId(2), { status: 'done', startDate: '2026-01-20', dueDate: '2026-02-01', completedOn: '2026-02-03' }));
    const at = { planId: plan.id, themeId: ID.themeEconomy, topicId: ID.topicTourism };
    await tagRecord(db, { table: 'pressReleases', recordId: release.id, title: 'ข่าว', date: '2026-01-10' }, plan.id, at);
    await tagRecord(db, { table: 'tasks', recordId: task.id, title: task.title, date: '2026-02-01' }, plan.id, at);
    const period = { start: '2025-10-01', end: '2026-09-30' };
    const report = planReport(await loadPlanReportSources(db, plan, period), 2569, '2026-04-01');
    expect(report.total).toMatchObject({ uses: 1, reach: 1 });
    expect(report.total.counts).toMatchObject({ pressReleases: 1, tasks: 1 });
    expect(report.work.map((w) => w.table)).toEqual(['pressReleases', 'tasks']);
  });
});
