import { MEDIA_SOURCE_KINDS, MEDIA_TONES, type MediaIssue, type MediaItem, type MediaSourceKind, type MediaTone } from '../../../../src-main/shared/domain/media-monitoring';
import type { CoveragePeriod } from './coverage-period';
import { firstResponseMinutes, medianMinutes } from './response-time';

export type CoverageItem = Pick<MediaItem, 'publishedAt' | 'headline' | 'sourceKind' | 'outletName' | 'tone' | 'issueId' | 'responseNeeded' | 'reach' | 'url'> & { id: string };
export type CoverageIssue = Pick<MediaIssue, 'title' | 'status' | 'tone' | 'firstSeenAt' | 'responses'> & { id: string };

export interface IssueCoverage {
  issueId: string;
  title: string;
  items: number;
  negative: number;
  /** Negative items / items, 0–1. */
  negativeShare: number;
  reach: number;
}

export interface IssueResponseRow {
  issueId: string;
  title: string;
  firstSeenAt: string;
  /** null: not answered yet. */
  minutes: number | null;
  needsResponse: boolean;
}

export interface CoverageReport {
  period: CoveragePeriod;
  items: number;
  /** Sum of the known reaches; `reachUnknown` items gave none. */
  reach: number;
  reachUnknown: number;
  byTone: Record<MediaTone, number>;
  bySource: Record<MediaSourceKind, number>;
  /** Most items first, then the larger negative share, then title. */
  byIssue: IssueCoverage[];
  withoutIssue: number;
  responses: {
    /** Issues first seen in the period, oldest first. */
    issues: IssueResponseRow[];
    answered: number;
    medianMinutes: number | null;
    longest: IssueResponseRow | null;
    within24h: number;
    /** Not answered, and one of their items says a response is needed. */
    unansweredNeedingResponse: IssueResponseRow[];
  };
  /** Line by line, oldest first (the workbook's รายการข่าว). */
  list: CoverageItem[];
}

const zeroBy = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const DAY_MINUTES = 24 * 60;

/**
 * The spokesperson team's coverage analysis of a week or a month. Pure: `items` are those
 * published in the period (others are ignored, so a caller may pass more); `issues` are those
 * first seen in the period and those the items name.
 */
export function coverageReport(period: CoveragePeriod, items: readonly CoverageItem[], issues: readonly CoverageIssue[]): CoverageReport {
  const inPeriod = items.filter((i) => i.publishedAt.slice(0, 10) >= period.start && i.publishedAt.slice(0, 10) <= period.end);
  const list = [...inPeriod].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id));
  const issueById = new Map(issues.map((i) => [i.id, i]));
  const byTone = zeroBy(MEDIA_TONES);
  const bySource = zeroBy(MEDIA_SOURCE_KINDS);
  const perIssue = new Map<string, IssueCoverage>();
  let reach = 0;
  let reachUnknown = 0;
  let withoutIssue = 0;
  const needing = new Set<string>();
  for (const item of list) {
    byTone[item.tone] += 1;
    bySource[item.sourceKind] += 1;
    if (item.reach === null) reachUnknown += 1;
    else reach += item.reach;
    const issue = item.issueId ? issueById.get(item.issueId) : undefined;
    if (!issue) {
      withoutIssue += 1;
      continue;
    }
    if (item.responseNeeded) needing.add(issue.id);
    const row = perIssue.get(issue.id) ?? { issueId: issue.id, title: issue.title, items: 0, negative: 0, negativeShare: 0, reach: 0 };
    row.items += 1;
    if (item.tone === 'negative') row.negative += 1;
    row.reach += item.reach ?? 0;
    row.negativeShare = row.negative / row.items;
    perIssue.set(issue.id, row);
  }
  const byIssue = [...perIssue.values()].sort((a, b) => b.items - a.items || b.negativeShare - a.negativeShare || a.title.localeCompare(b.title, 'th'));

  const seen = issues
    .filter((i) => i.firstSeenAt.slice(0, 10) >= period.start && i.firstSeenAt.slice(0, 10) <= period.end)
    .sort((a, b) => a.firstSeenAt.localeCompare(b.firstSeenAt) || a.id.localeCompare(b.id))
    .map((i): IssueResponseRow => ({ issueId: i.id, title: i.title, firstSeenAt: i.firstSeenAt, minutes: firstResponseMinutes(i), needsResponse: needing.has(i.id) }));
  const answered = seen.filter((r): r is IssueResponseRow & { minutes: number } => r.minutes !== null);
  const longest = answered.reduce<IssueResponseRow | null>((max, r) => (max === null || (r.minutes ?? 0) > (max.minutes ?? 0) ? r : max), null);
  return {
    period,
    items: list.length,
    reach,
    reachUnknown,
    byTone,
    bySource,
    byIssue,
    withoutIssue,
    responses: {
      issues: seen,
      answered: answered.length,
      medianMinutes: medianMinutes(answered.map((r) => r.minutes)),
      longest,
      within24h: answered.filter((r) => r.minutes <= DAY_MINUTES).length,
      unansweredNeedingResponse: seen.filter((r) => r.minutes === null && r.needsResponse),
    },
    list,
  };
}
