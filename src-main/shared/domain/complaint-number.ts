import { beYearOfDate, formatRunningNumber, nextRunningNumber, resolveRunningNumbers, type RunningNumberClaim } from '../numbering/running-number';

/**
 * เลขรับเรื่องร้องเรียน, one running number per Buddhist-era calendar year ("ร้องเรียน 12/2569");
 * the PDPA request log numbers its requests the same way.
 *
 * Two workstations that have not synced can each hand out 12. Every complaint stores the
 * number it claimed (`seq`), and every workstation derives the shown number with the one
 * running-number rule (shared/numbering/running-number.ts), the complaint's creation as the
 * claim: the earliest (createdAt, then id) keeps a number, later claimants move past the
 * year's highest and are marked `renumbered`.
 * Deleted complaints keep their numbers: callers pass them in, so a number is never reused.
 * The move is derived on every read, never written back (releases write theirs back), so a
 * renumbered complaint's shown number follows the year's highest claim and shifts when a
 * later complaint is logged; running-number.test.ts pins that as today's behaviour.
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

const asClaim = (c: NumberClaim): RunningNumberClaim => ({ id: c.id, year: c.yearBE, claimed: c.seq, claimedAt: c.createdAt });

/**
 * Shown numbers for every claim; the same input in any order gives the same answer. The map
 * iterates in (createdAt, id) order.
 */
export function resolveComplaintNumbers(claims: readonly NumberClaim[]): Map<string, ComplaintNumber> {
  const shown = new Map<string, ComplaintNumber>();
  for (const [id, n] of resolveRunningNumbers(claims.map(asClaim))) {
    shown.set(id, { yearBE: n.year, number: n.number, renumbered: n.renumbered, claimed: n.claimed });
  }
  return shown;
}

/** The number a new complaint of `yearBE` claims: one past the highest number shown in that year. */
export function nextComplaintSeq(claims: readonly NumberClaim[], yearBE: number): number {
  return nextRunningNumber(claims.map(asClaim), yearBE);
}

/** Buddhist-era calendar year of an ISO date ("2026-01-05" → 2569). */
export function complaintYearOf(isoDate: string): number {
  return beYearOfDate(isoDate);
}

/** "12/2569" */
export function formatComplaintNumber(number: number, yearBE: number): string {
  return formatRunningNumber('{n}/{year}', number, yearBE);
}
