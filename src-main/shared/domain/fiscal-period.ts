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

const DAY_MS = 86_400_000;
const utcDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** An ISO date moved by whole days, across months and years ("2026-12-30" + 7 is "2027-01-06"). */
export function addIsoDays(iso: string, days: number): string {
  return new Date(utcDay(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function isoDaysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
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
