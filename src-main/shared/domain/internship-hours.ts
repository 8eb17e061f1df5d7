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
    requiredHours,
    percent,
    presentDays: unique.filter((d) => d.kind === 'present').length,
    leaveDays: unique.filter((d) => d.kind === 'leave').length,
    absentDays: unique.filter((d) => d.kind === 'absent').length,
    behind: hours + 7 < expected,
  };
}
