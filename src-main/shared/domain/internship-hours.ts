import type { Attendance } from './internship';

const minutesOf = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * Minutes worked on one attendance day. Leave, absence and holidays count nothing; an
 * overnight day runs to the next day's check-out; the break is taken off but never below zero.
 */
export function minutesWorked(day: Pick<Attendance, 'kind' | 'checkIn' | 'checkOut' | 'overnight' | 'breakMinutes'>): number {
  if (day.kind !== 'present' || !day.checkIn || !day.checkOut) return 0;
  const start = minutesOf(day.checkIn);
  let end = minutesOf(day.checkOut);
  if (day.overnight) end += 24 * 60;
  if (end <= start) return 0;
  return Math.max(0, end - start - day.breakMinutes);
}

export interface HoursSummary {
  /** Hours worked, to the minute (e.g. 7.5). */
  hours: number;
  /** The same, in whole minutes: what is shown ("27 ชม. 45 นาที", formatWorkedTime). */
  minutes: number;
  requiredHours: number;
  /** 0–100 */
  percent: number;
  presentDays: number;
  leaveDays: number;
  absentDays: number;
  /** Behind schedule: fewer hours than the share of the period already past would need. */
  behind: boolean;
}

/** Totals for one intern; days are unique per date (the last record of a date wins). */
export function summarizeHours(
  days: readonly Pick<Attendance, 'date' | 'kind' | 'checkIn' | 'checkOut' | 'overnight' | 'breakMinutes'>[],
  requiredHours: number,
  period: { startDate: string; endDate: string },
  today: string,
): HoursSummary {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const unique = [...byDate.values()];
  const minutes = unique.reduce((sum, d) => sum + minutesWorked(d), 0);
  const hours = Math.round((minutes / 60) * 100) / 100;
  const percent = requiredHours === 0 ? 100 : Math.min(100, Math.round((hours / requiredHours) * 100));
  const dayMs = 86_400_000;
  const span = Math.max(1, (Date.parse(period.endDate) - Date.parse(period.startDate)) / dayMs + 1);
  const elapsed = Math.min(span, Math.max(0, (Date.parse(today) - Date.parse(period.startDate)) / dayMs + 1));
  // Allow a day's slack (7 h) before warning: the last day is often entered the next morning.
  const expected = (requiredHours * elapsed) / span;
  return {
    hours,
    minutes,
    requiredHours,
    percent,
    presentDays: unique.filter((d) => d.kind === 'present').length,
    leaveDays: unique.filter((d) => d.kind === 'leave').length,
    absentDays: unique.filter((d) => d.kind === 'absent').length,
    behind: hours + 7 < expected,
  };
}

/** The words a worked time is written with. */
export interface WorkedTimeUnits {
  hours: string;
  minutes: string;
}

/** Screens and exports: "27 ชม. 45 นาที". */
export const THAI_SHORT_UNITS: WorkedTimeUnits = { hours: 'ชม.', minutes: 'นาที' };
/** Official documents spell the unit out: "27 ชั่วโมง 45 นาที". */
export const THAI_LONG_UNITS: WorkedTimeUnits = { hours: 'ชั่วโมง', minutes: 'นาที' };

/** Hours as stored in documents (27.75) back to whole minutes (1,665): hours are kept to 0.01 h, well under a minute. */
export function hoursToMinutes(hours: number): number {
  return Math.round(hours * 60);
}

/**
 * A worked time exactly, as hours and minutes: 1,665 minutes is "27 ชม. 45 นาที", never "27.8".
 * Whole hours drop the minutes ("280 ชม."), under an hour drops the hours ("45 นาที"), nothing is
 * "0 ชม.". `formatNumber` writes each number (the screens' Thai-digit choice); grouped Arabic by default.
 * The one formatter for screens, PDFs and exports.
 */
export function formatWorkedTime(minutes: number, units: WorkedTimeUnits = THAI_SHORT_UNITS, formatNumber: (n: number) => string = (n) => n.toLocaleString('en-US')): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (m === 0) return `${formatNumber(h)} ${units.hours}`;
  if (h === 0) return `${formatNumber(m)} ${units.minutes}`;
  return `${formatNumber(h)} ${units.hours} ${formatNumber(m)} ${units.minutes}`;
}
