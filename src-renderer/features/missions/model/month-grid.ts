import { toIsoDate } from '../../../../src-main/shared/text/thai-date';

/**
 * The days shown for a month, in whole weeks from Sunday (as Thai wall calendars start),
 * including the tail of the previous month and the head of the next.
 */
export function monthGrid(year: number, month: number): { iso: string; inMonth: boolean }[] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const start = new Date(first);
  start.setUTCDate(1 - first.getUTCDay());
  const days: { iso: string; inMonth: boolean }[] = [];
  const cursor = new Date(start);
  do {
    for (let i = 0; i < 7; i++) {
      days.push({
        iso: toIsoDate({ year: cursor.getUTCFullYear(), month: cursor.getUTCMonth() + 1, day: cursor.getUTCDate() }),
        inMonth: cursor.getUTCMonth() === month - 1,
      });
      cursor.setUTCDate(cursor.getUTCDate() + 1);
    }
  } while (cursor.getUTCMonth() === month - 1);
  return days;
}

export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
