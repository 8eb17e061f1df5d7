/**
 * Buddhist-era dates as Thai government documents write them. Explicit month tables rather
 * than Intl, so main (PDF) and renderer (UI) print exactly the same text on every platform.
 * Dates are calendar dates in Thailand: an ISO `YYYY-MM-DD` string, or a Date read in local time.
 */

export const BE_OFFSET = 543;

export const THAI_MONTHS_LONG = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
  'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = [
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.',
  'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.',
] as const;

export interface CalendarDate {
  year: number; // Christian era
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Reads `YYYY-MM-DD` (or the date part of an ISO timestamp) or a Date as a calendar date. */
/**
 * The instant shifted so its UTC fields read Bangkok's wall clock (UTC+7, no daylight saving).
 * Offices are in Thailand whatever the PC's or the build machine's time zone says, and main
 * (which prints the PDFs) must not follow a server's UTC.
 */
function inBangkok(value: Date): Date {
  return new Date(value.getTime() + 7 * 60 * 60 * 1000);
}

/** A moment as a Bangkok wall clock, "YYYY-MM-DDTHH:MM" (UTC+7, no daylight saving), whatever the PC's zone. */
export function bangkokWallClock(value: Date): string {
  return inBangkok(value).toISOString().slice(0, 16);
}

export function toCalendarDate(value: string | Date): CalendarDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid date');
    const bangkok = inBangkok(value);
    return { year: bangkok.getUTCFullYear(), month: bangkok.getUTCMonth() + 1, day: bangkok.getUTCDate() };
  }
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`Not an ISO date: ${value}`);
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isValidCalendarDate(date)) throw new RangeError(`Not a calendar date: ${value}`);
  return date;
}

export function isValidCalendarDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "15 มกราคม 2568" */
export function formatThaiDateLong(value: string | Date): string {
  const { year, month, day } = toCalendarDate(value);
  return `${day} ${THAI_MONTHS_LONG[month - 1]} ${year + BE_OFFSET}`;
}

/** "15 ม.ค. 2568" */
export function formatThaiDateShort(value: string | Date): string {
  const { year, month, day } = toCalendarDate(value);
  return `${day} ${THAI_MONTHS_SHORT[month - 1]} ${year + BE_OFFSET}`;
}

/** "15/01/2568": the numeric form staff type into date fields. */
export function formatThaiDateNumeric(value: string | Date): string {
  const { year, month, day } = toCalendarDate(value);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year + BE_OFFSET}`;
}

/** Thai fiscal year (ปีงบประมาณ, B.E.): October to September; Oct 2024 starts FY 2568. */
export function fiscalYearOf(value: string | Date): number {
  const { year, month } = toCalendarDate(value);
  return (month >= 10 ? year + 1 : year) + BE_OFFSET;
}

/** Half of the fiscal year: 1 for 1 Oct–31 Mar, 2 for 1 Apr–30 Sep. */
export function fiscalHalfOf(value: string | Date): 1 | 2 {
  const { month } = toCalendarDate(value);
  return month >= 10 || month <= 3 ? 1 : 2;
}

/**
 * A date and time as the office typed it (wall-clock "2026-11-23T10:00", already Bangkok time,
 * never shifted): "23 พ.ย. 2569 10.00 น.". '' when it is not in that form.
 */
export function formatThaiDateTimeShort(local: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return '';
  const [, date = '', hours = '', minutes = ''] = match;
  return `${formatThaiDateShort(date)} ${hours}.${minutes} น.`;
}

/** Time of day as Thai documents write it, in Bangkok time: "14.30 น." */
/**
 * Clock times inside a text as Thai official style writes them, with a dot: "09:30" is "09.30",
 * "9:30–10:00" is "09.30–10.00". For times kept as typed text (a run sheet's rows).
 */
export function officialClockText(text: string): string {
  return text.replace(/(?<![\d.:])(\d{1,2}):(\d{2})(?![\d:])/g, (_, hours: string, minutes: string) => `${hours.padStart(2, '0')}.${minutes}`);
}

export function formatThaiTime(value: Date): string {
  const bangkok = inBangkok(value);
  return `${String(bangkok.getUTCHours()).padStart(2, '0')}.${String(bangkok.getUTCMinutes()).padStart(2, '0')} น.`;
}
