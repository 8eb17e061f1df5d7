import { durationTh } from '../../../../src-main/shared/pdf/coverage-report';
import type { IssueResponse } from '../../../../src-main/shared/domain/media-monitoring';

/** Minutes since the epoch of a Bangkok wall clock "YYYY-MM-DDTHH:MM" (both ends share the zone, so UTC arithmetic is exact). */
function wallMinutes(at: string): number {
  return Date.UTC(Number(at.slice(0, 4)), Number(at.slice(5, 7)) - 1, Number(at.slice(8, 10)), Number(at.slice(11, 13)), Number(at.slice(14, 16))) / 60_000;
}

/** Time to first response in minutes: the earliest response's `at` minus firstSeenAt; null when not answered. */
export function firstResponseMinutes(issue: { firstSeenAt: string; responses: readonly Pick<IssueResponse, 'at'>[] }): number | null {
  if (issue.responses.length === 0) return null;
  const earliest = issue.responses.map((r) => r.at).sort()[0] as string;
  return Math.max(0, wallMinutes(earliest) - wallMinutes(issue.firstSeenAt));
}

/** "3 ชม. 20 นาที", "45 นาที", "27 ชม.": the words of the printed report (durationTh). */
export function formatDurationThai(minutes: number): string {
  return durationTh(Math.max(0, Math.round(minutes)));
}

/** Median of minutes, the two middle ones averaged and rounded to a minute; null for none. */
export function medianMinutes(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}
