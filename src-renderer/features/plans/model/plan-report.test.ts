import { describe, expect, it } from 'vitest';
import { FIXTURE_IDS as ID, fixturePlan } from './plan-fixtures';
import { planReport, reportPeriod, type PlanReportSources, type RecordFacts, type ReportTag } from './plan-report';

const PLAN_ID = '0190a000-0000-7000-8000-0000000000c1';
const plan = { ...fixturePlan(), id: PLAN_ID };
let n = 0;
function tag(table: ReportTag['table'], recordId: string, themeId: string, topicId: string | null, updatedAt = '2026-01-01T00:00:00Z'): ReportTag {
  n += 1;
  return { id: `tag-${String(n).padStart(3, '0')}`, planId: PLAN_ID, table, recordId, themeId, topicId, title: recordId, date: '2026-01-10', updatedAt, deleted: false };
}
const facts = (date: string, counts = true, media?: RecordFacts['media']): RecordFacts => ({ counts, date, title: `เรื่อง ${date}`, media });

function sources(overrides: Partial<PlanReportSources> = {}): PlanReportSources {
  return {
    plan,
    tags: [
      tag('pressReleases', 'rel-1', ID.themeEconomy, ID.topicTourism),
      tag('pressReleases', 'rel-draft', ID.themeEconomy, ID.topicTourism),
      tag('briefings', 'brief-1', ID.themeEconomy, ID.topicOtop),
      tag('tasks', 'task-1', ID.themeSafety, ID.topicRoads),
      tag('tasks', 'task-open', ID.themeSafety, ID.topicRoads),
      tag('mediaItems', 'media-1', ID.themeSafety, null),
      tag('missions', 'mission-6', ID.themeEconomy, null),
    ],
    records: new Map([
      ['rel-1', facts('2026-01-10')],
      ['rel-draft', facts('2026-01-11', false)],
      ['brief-1', facts('2026-02-01')],
      ['task-1', facts('2026-03-01')],
      ['task-open', facts('2026-03-02', false)],
      ['media-1', facts('2026-03-05', true, { tone: 'negative', reach: 5_000, issueId: 'issue-1' })],
    ]),
    pickups: [
      { id: 'p1', releaseId: 'rel-1', outletId: null, outletName: 'สวท.สงขลา', date: '2026-01-11' },
      { id: 'p2', releaseId: 'rel-1', outletId: null, outletName: 'ไทยรัฐ', date: '2026-01-11' },
    ],
    releaseMediaItems: [{ id: 'media-2', releaseId: 'rel-1', outletId: null, outletName: 'ไทยรัฐ', date: '2026-01-11', reach: 300 }],
    issues: new Map([['issue-1', { id: 'issue-1', firstSeenAt: '2026-03-05T08:00', responseTimes: ['2026-03-05T20:00', '2026-03-06T09:00'] }]]),
    ...overrides,
  };
}

describe('plan report', () => {
  it('counts work per theme and topic: published releases, briefings, finished tasks, media items', () => {
    const report = planReport(sources(), 2569, '2026-04-01');
    const [economy, safety] = report.themes;
    expect(economy).toMatchObject({ name: 'เศรษฐกิจและการท่องเที่ยว', missions: ['mission-6'] });
    expect(economy!.counts).toMatchObject({ pressReleases: 1, briefings: 1, tasks: 0 });
    expect(economy!.topics.map((t) => [t.name, t.counts.pressReleases, t.counts.briefings])).toEqual([
      ['ส่งเสริมการท่องเที่ยวเมืองรอง', 1, 0],
      ['สินค้า OTOP', 0, 1],
    ]);
    expect(safety!.counts).toMatchObject({ tasks: 1, mediaItems: 1 });
    expect(safety!.topics.map((t) => t.topicId)).toEqual([ID.topicRoads, null]);
    expect(report.work.map((w) => w.recordId)).toEqual(['rel-1', 'brief-1', 'task-1', 'media-1']);
  });

  it('reach: a pickup counts 1 unless a media item of the same outlet and day gives its reach; tagged media items add theirs', () => {
    const report = planReport(sources(), 2569, '2026-04-01');
    // สวท. 1 + ไทยรัฐ 300 (the media item of that pickup) = 301 from the release; 5,000 from the tagged item.
    expect(report.themes[0]).toMatchObject({ uses: 2, reach: 301 });
    expect(report.themes[1]).toMatchObject({ uses: 0, reach: 5_000 });
    expect(report.total).toMatchObject({ uses: 2, reach: 5_301 });
  });

  it('judges KPIs against the yearly target: pro rata while the year runs, 80% when finished', () => {
    // 1 April 2026: 183 of 365 days gone (50.1%); 1 published release of 4 (25%) is behind: red.
    const running = planReport(sources(), 2569, '2026-04-01');
    const byId = new Map(running.kpis.map((k) => [k.id, k]));
    expect(byId.get(ID.kpiReleases)).toMatchObject({ actual: 1, target: 4, percent: 25, light: 'red' });
    expect(byId.get(ID.kpiReach)).toMatchObject({ actual: 5_301, target: 1_000, light: 'green' });
    // One issue, first answered 12 hours after it was seen, against at most 24.
    expect(byId.get(ID.kpiHours)).toMatchObject({ actual: 12, percent: 200, light: 'green' });
    expect(byId.get(ID.kpiManual)).toMatchObject({ actual: 85, target: 80, light: 'green' });
    const early = planReport(sources(), 2569, '2025-10-20');
    // 20 October: 20 of 365 days gone (5.5%); 25% of the target is on track: amber.
    expect(early.kpis.find((k) => k.id === ID.kpiReleases)).toMatchObject({ light: 'amber' });
    const finished = planReport({ ...sources(), plan: { ...plan, kpis: [{ ...plan.kpis[0]!, targets: [{ fiscalYear: 2569, value: 1.2 }] }] } }, 2569, '2026-12-01');
    expect(finished.period.finished).toBe(true);
    expect(finished.kpis[0]).toMatchObject({ actual: 1, light: 'amber' });
  });

  it('counts a release tagged on two workstations once, under the tag written last (ties by id)', () => {
    const twice = sources();
    const tags = [...twice.tags, tag('pressReleases', 'rel-1', ID.themeSafety, ID.topicRoads, '2026-01-02T00:00:00Z')];
    const report = planReport({ ...twice, tags }, 2569, '2026-04-01');
    expect(report.themes[0]!.counts.pressReleases).toBe(0);
    expect(report.themes[1]!.counts.pressReleases).toBe(1);
    expect(report.total.counts.pressReleases).toBe(1);
  });

  it('leaves out work of another year, and reads the whole plan when asked', () => {
    const other = sources({ records: new Map([...sources().records, ['brief-1', facts('2026-11-01')]]) });
    expect(planReport(other, 2569, '2026-04-01').total.counts.briefings).toBe(0);
    expect(reportPeriod({ firstFiscalYear: 2569, lastFiscalYear: 2571 }, null, '2026-04-01')).toMatchObject({ start: '2025-10-01', end: '2028-09-30', finished: false });
  });
});
