import { bangkokDateOf, beYearOfInstant, formatRunningNumber, nextAfterHighest, resolveRunningNumbers, type ClaimOrder } from '../numbering/running-number';

/**
 * Release numbers (เลขที่ข่าว): a running number per Buddhist-era year, assigned at approval.
 * Workstations approve offline, so after a sync two releases can hold the same number; the
 * one running-number rule (shared/numbering/running-number.ts) settles that the same way on
 * every workstation, with the approval as the claim.
 */

/** The calendar date in Thailand (UTC+7, no daylight saving) of an instant. */
export function bangkokDate(iso: string): string {
  return bangkokDateOf(iso);
}

/** พ.ศ. year of an instant, in Thailand. */
export function beYearOf(iso: string): number {
  return beYearOfInstant(iso);
}

/** "ข่าวที่ {n}/{year}" → "ข่าวที่ 123/2568". `{n}` may be padded as `{n:3}` → 007. */
export function formatReleaseNumber(format: string, n: number, beYear: number): string {
  return formatRunningNumber(format, n, beYear);
}

/**
 * The next number after the highest one used (gaps left by a later renumbering are not reused).
 * Takes numbers, not claims: approval passes the highest number stored in the year, which
 * already includes every renumbering written back by reconcileReleaseNumbers.
 */
export function nextReleaseNumber(used: Iterable<number>): number {
  return nextAfterHighest(used);
}

export interface NumberedRelease {
  id: string;
  beYear: number | null;
  number: number | null;
  approvedAt: string | null;
}

export interface Renumbering {
  id: string;
  beYear: number;
  from: number;
  to: number;
}

/**
 * Earlier approval first; the id breaks a tie. Releases have always compared with
 * localeCompare where complaints compare code units (byClaimedAt). For the ids and
 * toISOString() instants the app writes (lowercase hex, digits, '-', ':', '.', 'T', 'Z') both
 * give the same order; they can differ only for other strings (upper case, ':' against a
 * digit), so releases keep their own order rather than risk moving a number.
 */
const approvalOrder: ClaimOrder = (a, b) => a.claimedAt.localeCompare(b.claimedAt) || a.id.localeCompare(b.id);

/**
 * Duplicate numbers within a year: the earliest approval (approvedAt, then id) keeps the
 * number; each later one moves to the next free number after the year's highest, in approval
 * order. Only the moves come back, year by year in approval order; drafts (no number) take no
 * part. Deterministic over the set of releases, so two workstations that have exchanged
 * their data compute the same renumbering and their writes agree.
 */
export function resolveDuplicateNumbers(releases: readonly NumberedRelease[]): Renumbering[] {
  const claims = releases.flatMap((r) => (r.beYear === null || r.number === null ? [] : [{ id: r.id, year: r.beYear, claimed: r.number, claimedAt: r.approvedAt ?? '' }]));
  const changes: Renumbering[] = [];
  for (const [id, shown] of resolveRunningNumbers(claims, approvalOrder)) {
    if (shown.renumbered) changes.push({ id, beYear: shown.year, from: shown.claimed, to: shown.number });
  }
  // The map iterates in approval order across years; a stable sort by year keeps it within one.
  return changes.sort((a, b) => a.beYear - b.beYear);
}
