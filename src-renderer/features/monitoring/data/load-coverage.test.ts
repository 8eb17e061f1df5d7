import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../../data/test-db';
import { monthPeriod } from '../model/coverage-period';
import { sampleIssue, sampleItem } from '../model/monitoring-fixtures';
import { loadCoverageReport } from './load-coverage';
import { mediaIssueRepo, mediaItemRepo } from './monitoring-repo';

describe('loadCoverageReport', () => {
  it('reads the month’s items and their issues, an older issue by id', async () => {
    const { db } = await openTestDb();
    const older = await mediaIssueRepo(db).create(sampleIssue({ title: 'เก่า', firstSeenAt: '2026-11-28T08:00' }));
    const fresh = await mediaIssueRepo(db).create(
      sampleIssue({ title: 'ใหม่', firstSeenAt: '2026-12-02T08:00', status: 'responding', responses: [{ kind: 'other', recordId: null, at: '2026-12-02T11:20', note: 'แจ้งในกลุ่มไลน์' }] }),
    );
    await mediaItemRepo(db).create(sampleItem({ issueId: older.id, publishedAt: '2026-12-01T07:00', reach: 100 }));
    await mediaItemRepo(db).create(sampleItem({ issueId: fresh.id, publishedAt: '2026-12-02T08:00', tone: 'neutral', reach: 50 }));
    await mediaItemRepo(db).create(sampleItem({ publishedAt: '2026-11-30T23:00' }));
    const report = await loadCoverageReport(db, monthPeriod(2026, 12));
    expect(report).toMatchObject({ items: 2, reach: 150, byTone: { negative: 1, neutral: 1 } });
    expect(report.byIssue.map((i) => i.title).sort()).toEqual(['เก่า', 'ใหม่']);
    expect(report.responses).toMatchObject({ answered: 1, medianMinutes: 200 });
  });
});
