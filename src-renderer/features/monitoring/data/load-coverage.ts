import type { PrDeskDb } from '../../../data';
import type { CoveragePeriod } from '../model/coverage-period';
import { coverageReport, type CoverageReport } from '../model/coverage-report';
import { issuesFirstSeenBetween, itemsPublishedBetween } from './monitoring-reads';

/**
 * The coverage report of a period, read by index only: the items by publishedAt, the issues
 * first seen in the period by firstSeenAt, and the older issues the items name by id.
 */
export async function loadCoverageReport(db: PrDeskDb, period: CoveragePeriod): Promise<CoverageReport> {
  const [items, seen] = await Promise.all([itemsPublishedBetween(db, period.start, period.end), issuesFirstSeenBetween(db, period.start, period.end)]);
  const known = new Set(seen.map((i) => i.id));
  const named = [...new Set(items.flatMap((i) => (i.issueId && !known.has(i.issueId) ? [i.issueId] : [])))];
  const older = (await db.mediaIssues.bulkGet(named)).filter((i) => !!i && !i.deleted);
  return coverageReport(period, items, [...seen, ...older.filter((i) => i !== undefined)]);
}
