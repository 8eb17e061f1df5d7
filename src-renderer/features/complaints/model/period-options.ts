import { fiscalPeriod, type DateRange } from '../../../../src-main/shared/domain/fiscal-period';
import { fiscalHalfOf, fiscalYearOf } from '../../../../src-main/shared/text/thai-date';

export interface HalfYear {
  /** "2569-1" */
  value: string;
  fiscalYear: number;
  half: 1 | 2;
  range: DateRange;
}

export function halfYearOf(isoDate: string): HalfYear {
  const fiscalYear = fiscalYearOf(isoDate);
  const half = fiscalHalfOf(isoDate);
  return { value: `${fiscalYear}-${half}`, fiscalYear, half, range: fiscalPeriod(fiscalYear, half) };
}

export function parseHalfYear(value: string): HalfYear | null {
  const match = /^(\d{4})-([12])$/.exec(value);
  if (!match) return null;
  const fiscalYear = Number(match[1]);
  const half = match[2] === '1' ? 1 : 2;
  return { value, fiscalYear, half, range: fiscalPeriod(fiscalYear, half) };
}

/** Every fiscal half-year that has a complaint, plus the current one; newest first. */
export function halfYearOptions(receivedDates: readonly string[], today: string): HalfYear[] {
  const seen = new Map<string, HalfYear>();
  for (const date of [today, ...receivedDates]) {
    const half = halfYearOf(date);
    seen.set(half.value, half);
  }
  return [...seen.values()].sort((a, b) => b.range.start.localeCompare(a.range.start));
}
