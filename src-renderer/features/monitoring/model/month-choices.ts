import { BE_OFFSET, THAI_MONTHS_LONG } from '../../../../src-main/shared/text/thai-date';

/** The last `count` calendar months up to the one holding `today`, newest first, as "YYYY-MM" with a พ.ศ. label. */
export function recentMonths(today: string, count: number): { value: string; label: string }[] {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    out.push({ value: `${year}-${String(month).padStart(2, '0')}`, label: `${THAI_MONTHS_LONG[month - 1] ?? ''} ${year + BE_OFFSET}` });
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return out;
}
