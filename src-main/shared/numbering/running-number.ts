import { BE_OFFSET } from '../text/thai-date';

/**
 * Running numbers per Buddhist-era year: เลขที่ข่าว, เลขรับเรื่องร้องเรียน, the PDPA request log.
 *
 * Each workstation hands numbers out offline, so after a sync two records can hold the same
 * number. Every record keeps the number it claimed, and every workstation settles a clash with
 * the same pure rule, so all of them agree without talking to each other:
 * - within a year, the earliest claim (see `ClaimOrder`) keeps a contested number;
 * - each later claimant gets the next numbers after the year's highest claim, in claim order,
 *   and is marked `renumbered` so the screen can say why its number moved.
 * The answer depends only on the set of claims, never on the order they arrive in. A number
 * stays taken for as long as its claim is passed in: callers pass deleted records too where a
 * number must never be handed out again.
 */
export interface RunningNumberClaim {
  id: string;
  /** พ.ศ. year the number runs in. */
  year: number;
  /** The number the workstation handed out. */
  claimed: number;
  /** When it was handed out (an ISO instant): the earlier claim keeps a contested number. */
  claimedAt: string;
}

export interface RunningNumber {
  year: number;
  /** The number to show. */
  number: number;
  /** An earlier claim holds `claimed`, so this one moved to `number`. */
  renumbered: boolean;
  claimed: number;
}

/** Which of two claims came first. Must be total over distinct claims, or input order leaks in. */
export type ClaimOrder = (a: RunningNumberClaim, b: RunningNumberClaim) => number;

const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * claimedAt, then id, by UTF-16 code units: unlike localeCompare it does not depend on the
 * machine's locale, and two different strings never tie.
 */
export const byClaimedAt: ClaimOrder = (a, b) => compareCodeUnits(a.claimedAt, b.claimedAt) || compareCodeUnits(a.id, b.id);

/** The next number after the highest one used (1 if none); gaps are not filled. */
export function nextAfterHighest(used: Iterable<number>): number {
  let max = 0;
  for (const n of used) if (n > max) max = n;
  return max + 1;
}

/**
 * The shown number of every claim. The map iterates in claim order (`order` across all years).
 * A later claim of a number moves even when the earlier one is in another workstation's data:
 * that is the point, both workstations compute the same moves.
 */
export function resolveRunningNumbers(claims: readonly RunningNumberClaim[], order: ClaimOrder = byClaimedAt): Map<string, RunningNumber> {
  const claimedInYear = new Map<number, number[]>();
  for (const claim of claims) {
    const list = claimedInYear.get(claim.year);
    if (list) list.push(claim.claimed);
    else claimedInYear.set(claim.year, [claim.claimed]);
  }
  const nextFree = new Map<number, number>();
  const kept = new Map<number, Set<number>>();
  for (const [year, numbers] of claimedInYear) {
    nextFree.set(year, nextAfterHighest(numbers));
    kept.set(year, new Set());
  }

  const result = new Map<string, RunningNumber>();
  for (const claim of [...claims].sort(order)) {
    const { year, claimed } = claim;
    const keptInYear = kept.get(year) ?? new Set<number>();
    if (!keptInYear.has(claimed)) {
      keptInYear.add(claimed);
      result.set(claim.id, { year, number: claimed, renumbered: false, claimed });
      continue;
    }
    const number = nextFree.get(year) ?? 1;
    nextFree.set(year, number + 1);
    result.set(claim.id, { year, number, renumbered: true, claimed });
  }
  return result;
}

/**
 * The number a new record of `year` claims: one past the highest number shown in that year,
 * so it follows a renumbered record too. Which claim moved does not change the shown set, so
 * this needs no claim order.
 */
export function nextRunningNumber(claims: readonly RunningNumberClaim[], year: number): number {
  const shown = resolveRunningNumbers(claims.filter((c) => c.year === year));
  return nextAfterHighest([...shown.values()].map((n) => n.number));
}

/**
 * An office's number pattern: `{n}` the number, `{n:3}` padded with zeros to 3 digits (one
 * digit of width), `{year}` the พ.ศ. year, `{yy}` its last two digits.
 * "ข่าวที่ {n}/{year}" → "ข่าวที่ 123/2568"; "สข {n:3}/{yy}" → "สข 007/68".
 */
export function formatRunningNumber(format: string, n: number, year: number): string {
  return format
    .replace(/\{n:(\d)\}/g, (_, width: string) => String(n).padStart(Number(width), '0'))
    .replace(/\{n\}/g, String(n))
    .replace(/\{year\}/g, String(year))
    .replace(/\{yy\}/g, String(year).slice(-2));
}

const BANGKOK_OFFSET_MS = 7 * 3_600_000;

/**
 * The calendar date in Thailand (UTC+7, no daylight saving) of an instant, as `YYYY-MM-DD`.
 * Numbers run by the office's year whatever the PC's time zone says.
 */
export function bangkokDateOf(instant: string): string {
  return new Date(Date.parse(instant) + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** พ.ศ. year of an instant, in Thailand ("2025-12-31T17:00:00Z" → 2569). */
export function beYearOfInstant(instant: string): number {
  return beYearOfDate(bangkokDateOf(instant));
}

/** พ.ศ. year of a calendar date already in Thailand's time ("2026-01-05" → 2569). */
export function beYearOfDate(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) + BE_OFFSET;
}
