import { describe, expect, it } from 'vitest';
import { defaultBreakMinutes, formatAttendanceCell, parseAttendanceCell, weekOf } from './attendance-cell';

describe('attendance cells', () => {
  it('reads times the way staff type them', () => {
    for (const text of ['8.30-16.30', '08:30-16:30', '0830-1630', '๘.๓๐-๑๖.๓๐', '8.30 – 16.30']) {
      expect(parseAttendanceCell(text)).toEqual({ kind: 'present', checkIn: '08:30', checkOut: '16:30', overnight: false });
    }
    expect(parseAttendanceCell('20.00-02.00+')).toEqual({ kind: 'present', checkIn: '20:00', checkOut: '02:00', overnight: true });
  });

  it('reads leave, absence and holidays, and empty cells', () => {
    expect(parseAttendanceCell('ลา')?.valueOf()).toMatchObject({ kind: 'leave' });
    expect(parseAttendanceCell('ขาด')).toMatchObject({ kind: 'absent' });
    expect(parseAttendanceCell('หยุด')).toMatchObject({ kind: 'holiday' });
    expect(parseAttendanceCell('  ')).toBeNull();
  });

  it('refuses what it cannot read', () => {
    for (const text of ['8.30', '25.00-16.30', '8.30-16.30-17.00', 'มา']) expect(parseAttendanceCell(text)).toBe('invalid');
  });

  it('writes back what it reads', () => {
    for (const text of ['08:30-16:30', '20:00-02:00+', 'ลา', 'ขาด', 'หยุด']) {
      const parsed = parseAttendanceCell(text);
      expect(formatAttendanceCell(parsed === 'invalid' || parsed === null ? undefined : parsed)).toBe(text);
    }
  });
});

describe('attendance week helpers', () => {
  it('takes the lunch hour off days that span it', () => {
    expect(defaultBreakMinutes({ kind: 'present', checkIn: '08:30', checkOut: '16:30', overnight: false })).toBe(60);
    expect(defaultBreakMinutes({ kind: 'present', checkIn: '13:00', checkOut: '16:30', overnight: false })).toBe(0);
    expect(defaultBreakMinutes({ kind: 'present', checkIn: '20:00', checkOut: '02:00', overnight: true })).toBe(0);
  });

  it('gives the week from Monday', () => {
    expect(weekOf('2026-11-22')).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
    expect(weekOf('2026-11-23')[0]).toBe('2026-11-23');
  });
});
