import { describe, expect, it } from 'vitest';
import { monthPeriod, weekPeriod } from './coverage-period';
import { coverageReport, type CoverageIssue, type CoverageItem } from './coverage-report';
import { firstResponseMinutes, formatDurationThai, medianMinutes } from './response-time';

let n = 0;
const item = (o: Partial<CoverageItem>): CoverageItem => ({
  id: `i${(n += 1)}`,
  publishedAt: '2026-12-07T09:00',
  headline: 'ข่าว',
  sourceKind: 'online',
  outletName: 'ไทยรัฐออนไลน์',
  tone: 'neutral',
  issueId: null,
  responseNeeded: false,
  reach: null,
  url: '',
  ...o,
});
const issue = (id: string, o: Partial<CoverageIssue>): CoverageIssue => ({ id, title: id, status: 'open', tone: 'negative', firstSeenAt: '2026-12-07T09:00', responses: [], ...o });
const answer = (at: string) => ({ kind: 'other' as const, recordId: null, at, note: '' });

describe('periods', () => {
  it('a week runs Monday to Sunday, across a year end; a month to its last day, labelled in พ.ศ.', () => {
    expect(weekPeriod('2026-12-07')).toMatchObject({ start: '2026-12-07', end: '2026-12-13' }); // a Monday
    expect(weekPeriod('2026-12-13')).toMatchObject({ start: '2026-12-07', end: '2026-12-13' }); // its Sunday
    expect(weekPeriod('2027-01-01')).toMatchObject({ start: '2026-12-28', end: '2027-01-03' });
    expect(monthPeriod(2026, 12)).toMatchObject({ start: '2026-12-01', end: '2026-12-31', label: 'ประจำเดือนธันวาคม 2569' });
    expect(monthPeriod(2028, 2).end).toBe('2028-02-29');
    expect(weekPeriod('2026-12-09').label).toBe('ประจำสัปดาห์ 7 ธันวาคม 2569 – 13 ธันวาคม 2569');
  });
});

describe('response time', () => {
  it('earliest response minus first seen, across days; none: null', () => {
    expect(firstResponseMinutes({ firstSeenAt: '2026-12-07T09:00', responses: [answer('2026-12-08T10:20'), answer('2026-12-07T12:20')] })).toBe(200);
    expect(firstResponseMinutes({ firstSeenAt: '2026-12-31T23:00', responses: [answer('2027-01-01T01:05')] })).toBe(125);
    expect(firstResponseMinutes({ firstSeenAt: '2026-12-07T09:00', responses: [] })).toBeNull();
  });

  it('writes hours and minutes in Thai', () => {
    expect(formatDurationThai(200)).toBe('3 ชม. 20 นาที');
    expect(formatDurationThai(45)).toBe('45 นาที');
    expect(formatDurationThai(27 * 60)).toBe('27 ชม.');
    expect(formatDurationThai(0)).toBe('0 นาที');
  });

  it('median of an even count averages the middle two', () => {
    expect(medianMinutes([10, 40, 20, 30])).toBe(25);
    expect(medianMinutes([5])).toBe(5);
    expect(medianMinutes([])).toBeNull();
  });
});

describe('coverageReport', () => {
  const period = monthPeriod(2026, 12);
  const flood = issue('flood', { title: 'น้ำท่วม', firstSeenAt: '2026-12-02T08:00', responses: [answer('2026-12-02T11:20')] });
  const road = issue('road', { title: 'ถนนพัง', firstSeenAt: '2026-12-03T08:00', responses: [answer('2026-12-05T09:00')] });
  const dust = issue('dust', { title: 'ฝุ่น', firstSeenAt: '2026-12-04T08:00' });
  const old = issue('old', { title: 'เก่า', firstSeenAt: '2026-11-20T08:00', responses: [answer('2026-11-20T09:00')] });
  const items = [
    item({ issueId: 'flood', tone: 'negative', sourceKind: 'newspaper', reach: 1000, publishedAt: '2026-12-02T08:00' }),
    item({ issueId: 'flood', tone: 'neutral', sourceKind: 'social', reach: 500 }),
    item({ issueId: 'road', tone: 'negative', sourceKind: 'social', reach: null }),
    item({ issueId: 'road', tone: 'negative', sourceKind: 'line', reach: 20 }),
    item({ issueId: 'dust', tone: 'negative', responseNeeded: true }),
    item({ issueId: 'old', tone: 'positive', sourceKind: 'tv', reach: 3 }),
    item({ tone: 'positive', sourceKind: 'tv', publishedAt: '2026-12-31T23:59', reach: 7 }),
    item({ tone: 'positive', publishedAt: '2027-01-01T00:00', reach: 99 }),
  ];
  const report = coverageReport(period, items, [flood, road, dust, old]);

  it('counts the period’s items by tone and source, sums the known reach', () => {
    expect(report.items).toBe(7);
    expect(report.byTone).toEqual({ positive: 2, neutral: 1, negative: 4 });
    expect(report.bySource).toMatchObject({ newspaper: 1, social: 2, line: 1, tv: 2, online: 1, radio: 0, other: 0 });
    expect(report.reach).toBe(1530);
    expect(report.reachUnknown).toBe(2);
    expect(report.withoutIssue).toBe(1);
    expect(report.list[0]?.publishedAt).toBe('2026-12-02T08:00');
  });

  it('ranks issues by items then negative share; an older issue with news this month is counted', () => {
    expect(report.byIssue.map((r) => [r.title, r.items, r.negative])).toEqual([
      ['ถนนพัง', 2, 2],
      ['น้ำท่วม', 2, 1],
      ['ฝุ่น', 1, 1],
      ['เก่า', 1, 0],
    ]);
  });

  it('response times of issues first seen in the period: median, longest, within 24 h, unanswered needing one', () => {
    const r = report.responses;
    expect(r.issues.map((i) => i.issueId)).toEqual(['flood', 'road', 'dust']);
    expect(r.answered).toBe(2);
    expect(r.medianMinutes).toBe(Math.round((200 + 49 * 60) / 2));
    expect(r.longest).toMatchObject({ issueId: 'road', minutes: 49 * 60 });
    expect(r.within24h).toBe(1);
    expect(r.unansweredNeedingResponse.map((i) => i.issueId)).toEqual(['dust']);
  });

  it('an empty month is all zeros, no median', () => {
    const empty = coverageReport(monthPeriod(2026, 1), items, []);
    expect(empty).toMatchObject({ items: 0, reach: 0, byIssue: [], responses: { answered: 0, medianMinutes: null, longest: null } });
  });
});
