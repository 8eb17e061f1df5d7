import { addIsoDays, type DateRange } from '../../../../src-main/shared/domain/fiscal-period';
import { BE_OFFSET, THAI_MONTHS_LONG, formatThaiDateLong } from '../../../../src-main/shared/text/thai-date';

export type CoverageSpan = 'week' | 'month';

export interface CoveragePeriod extends DateRange {
  span: CoverageSpan;
  /** "ประจำสัปดาห์ 7 – 13 ธันวาคม 2569" / "ประจำเดือนธันวาคม 2569" */
  label: string;
}

/** The week (Monday to Sunday, as Thai offices count it) holding a Bangkok day. */
export function weekPeriod(day: string): CoveragePeriod {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 Sunday
  const start = addIsoDays(day, -((weekday + 6) % 7));
  const end = addIsoDays(start, 6);
  return { span: 'week', start, end, label: `ประจำสัปดาห์ ${formatThaiDateLong(start)} – ${formatThaiDateLong(end)}` };
}

/** A calendar month (year ค.ศ., month 1–12). */
export function monthPeriod(year: number, month: number): CoveragePeriod {
  const start = `${year}-${String(month).padStart(2, '0')}-01`;
  const end = addIsoDays(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`, -1);
  return { span: 'month', start, end, label: `ประจำเดือน${THAI_MONTHS_LONG[month - 1] ?? ''} ${year + BE_OFFSET}` };
}
