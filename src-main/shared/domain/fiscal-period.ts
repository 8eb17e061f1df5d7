import { BE_OFFSET } from '../text/thai-date';

/** A reporting period as ISO dates, both ends included. */
export interface DateRange {
  start: string;
  end: string;
}

/**
 * ปีงบประมาณ (B.E.) or one of its halves: FY 2569 runs 1 Oct 2025 – 30 Sep 2026; its first
 * half ends 31 Mar 2026, the second starts 1 Apr 2026.
 */
export function fiscalPeriod(fiscalYearBE: number, half: 1 | 2 | null): DateRange {
  const ce = fiscalYearBE - BE_OFFSET;
  if (half === 1) return { start: `${ce - 1}-10-01`, end: `${ce}-03-31` };
  if (half === 2) return { start: `${ce}-04-01`, end: `${ce}-09-30` };
  return { start: `${ce - 1}-10-01`, end: `${ce}-09-30` };
}

/** ISO dates compare as strings. */
export function inRange(date: string | null | undefined, range: DateRange): boolean {
  return !!date && date >= range.start && date <= range.end;
}

/** Today as an ISO date in the workstation's own time zone (not UTC: Thai offices are UTC+7). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
