import { BE_OFFSET } from '../text/thai-date';

/**
 * เลขรับเรื่องร้องเรียน, one running number per Buddhist-era calendar year ("ร้องเรียน 12/2569").
 *
 * Two workstations that have not synced can each hand out 12. Every complaint stores the
 * number it claimed (`seq`), and every workstation derives the shown number with the same
 * pure rule, so after sync all of them show the same numbers and no two complaints share one:
 * - the earliest complaint (by createdAt, then id) keeps a claimed number;
 * - a later claimant of the same number gets the next numbers after the year's highest
 *   claim, in (createdAt, id) order, and is marked `renumbered` so the screen can say why.
 * Deleted complaints keep their numbers (a number that was handed out is never reused).
 */
export interface NumberClaim {
  id: string;
  yearBE: number;
  seq: number;
  createdAt: string;
}

export interface ComplaintNumber {
  yearBE: number;
  number: number;
  /** The claimed number was taken by an earlier complaint from another workstation. */
  renumbered: boolean;
  claimed: number;
}

const byAge = (a: NumberClaim, b: NumberClaim) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Shown numbers for every claim; the same input in any order gives the same answer. */
export function resolveComplaintNumbers(claims: readonly NumberClaim[]): Map<string, ComplaintNumber> {
  const result = new Map<string, ComplaintNumber>();
  const years = new Map<number, NumberClaim[]>();
  for (const claim of claims) {
    const list = years.get(claim.yearBE);
    if (list) list.push(claim);
    else years.set(claim.yearBE, [claim]);
  }
  for (const [yearBE, inYear] of years) {
    const ordered = [...inYear].sort(byAge);
    const taken = new Set<number>();
    const losers: NumberClaim[] = [];
    for (const claim of ordered) {
      if (taken.has(claim.seq)) {
        losers.push(claim);
        continue;
      }
      taken.add(claim.seq);
      result.set(claim.id, { yearBE, number: claim.seq, renumbered: false, claimed: claim.seq });
    }
    let next = Math.max(0, ...ordered.map((c) => c.seq));
    for (const claim of losers) {
      next += 1;
      result.set(claim.id, { yearBE, number: next, renumbered: true, claimed: claim.seq });
    }
  }
  return result;
}

/** The number a new complaint of `yearBE` claims: one past the highest number shown in that year. */
export function nextComplaintSeq(claims: readonly NumberClaim[], yearBE: number): number {
  let highest = 0;
  for (const [, shown] of resolveComplaintNumbers(claims.filter((c) => c.yearBE === yearBE))) highest = Math.max(highest, shown.number);
  return highest + 1;
}

/** Buddhist-era calendar year of an ISO date ("2026-01-05" → 2569). */
export function complaintYearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) + BE_OFFSET;
}

/** "12/2569" */
export function formatComplaintNumber(number: number, yearBE: number): string {
  return `${number}/${yearBE}`;
}
