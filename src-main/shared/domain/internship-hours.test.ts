import { describe, expect, it } from 'vitest';
import { attendanceSchema } from './internship';
import { THAI_LONG_UNITS, formatWorkedTime, hoursToMinutes, minutesWorked, summarizeHours } from './internship-hours';

const day = (o: Partial<Parameters<typeof minutesWorked>[0]> & { date?: string } = {}) => ({
  date: '2026-06-01',
  kind: 'present' as const,
  checkIn: '08:30',
  checkOut: '16:30',
  overnight: false,
  breakMinutes: 60,
  ...o,
});

describe('internship hours', () => {
  it('counts a normal day less the lunch break', () => {
    expect(minutesWorked(day())).toBe(7 * 60);
  });

  it('counts an overnight shift to the next morning', () => {
    expect(minutesWorked(day({ checkIn: '20:00', checkOut: '02:00', overnight: true, breakMinutes: 0 }))).toBe(6 * 60);
  });

  it('counts nothing for leave, absence and holidays, or a break longer than the day', () => {
    for (const kind of ['leave', 'absent', 'holiday'] as const) expect(minutesWorked(day({ kind }))).toBe(0);
    expect(minutesWorked(day({ checkIn: '09:00', checkOut: '09:30', breakMinutes: 60 }))).toBe(0);
  });

  it('rejects a check-out before check-in unless overnight, and a missing time on a present day', () => {
    const base = { internId: '0190a000-0000-7000-8000-000000000001', note: '', ...day() };
    const late = attendanceSchema.safeParse({ ...base, checkIn: '16:00', checkOut: '08:00' });
    expect(late.error?.issues[0]).toMatchObject({ message: 'validation.checkOutBeforeIn', path: ['checkOut'] });
    expect(attendanceSchema.safeParse({ ...base, checkIn: '16:00', checkOut: '08:00', overnight: true }).success).toBe(true);
    expect(attendanceSchema.safeParse({ ...base, checkOut: null }).error?.issues[0]?.path).toEqual(['checkOut']);
    expect(attendanceSchema.safeParse({ ...base, kind: 'leave', checkIn: null, checkOut: null }).success).toBe(true);
    expect(attendanceSchema.safeParse({ ...base, checkIn: '24:00' }).success).toBe(false);
  });

  it('sums unique days against the required hours and warns when behind', () => {
    const days = [day({ date: '2026-06-01' }), day({ date: '2026-06-02' }), day({ date: '2026-06-02', checkOut: '17:30' }), day({ date: '2026-06-03', kind: 'leave' })];
    const summary = summarizeHours(days, 280, { startDate: '2026-06-01', endDate: '2026-07-31' }, '2026-06-03');
    expect(summary).toMatchObject({ hours: 15, presentDays: 2, leaveDays: 1, percent: 5, behind: false });
    const late = summarizeHours(days, 280, { startDate: '2026-06-01', endDate: '2026-07-31' }, '2026-07-01');
    expect(late.behind).toBe(true);
  });

  it('shows worked time exactly in hours and minutes: 27.75 h is 27 ชม. 45 นาที, not 27.8', () => {
    // Three 7-hour days and one of 6 h 45 min.
    const days = [day({ date: '2026-06-01' }), day({ date: '2026-06-02' }), day({ date: '2026-06-03' }), day({ date: '2026-06-04', checkOut: '16:15' })];
    const summary = summarizeHours(days, 280, { startDate: '2026-06-01', endDate: '2026-07-31' }, '2026-06-04');
    expect(summary).toMatchObject({ hours: 27.75, minutes: 27 * 60 + 45 });
    expect(formatWorkedTime(summary.minutes)).toBe('27 ชม. 45 นาที');
    expect(formatWorkedTime(hoursToMinutes(27.75), THAI_LONG_UNITS)).toBe('27 ชั่วโมง 45 นาที');
    expect(formatWorkedTime(280 * 60)).toBe('280 ชม.');
    expect(formatWorkedTime(45)).toBe('45 นาที');
    expect(formatWorkedTime(0)).toBe('0 ชม.');
    expect(formatWorkedTime(1_200 * 60 + 20)).toBe('1,200 ชม. 20 นาที');
    // 20 minutes are 0.33 h when kept to 0.01 h; back to minutes it is 20 again, not 19.8.
    expect(formatWorkedTime(hoursToMinutes(0.33))).toBe('20 นาที');
    expect(formatWorkedTime(100, { hours: 'h', minutes: 'min' }, (n) => `<${n}>`)).toBe('<1> h <40> min');
  });
});
