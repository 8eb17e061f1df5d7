import { describe, expect, it } from 'vitest';
import { formatThaiClock, parseThaiDateInput, readThaiDate, readThaiTime } from './thai-date-input';

describe('a date as office staff type it (issue 21)', () => {
  it.each([
    ['1/10/2568', '2025-10-01'],
    ['1-10-68', '2025-10-01'],
    ['01.10.2568', '2025-10-01'],
    ['1 ต.ค. 68', '2025-10-01'],
    ['1 ต.ค.68', '2025-10-01'],
    ['1 ตค 2568', '2025-10-01'],
    ['1 ตุลาคม 2568', '2025-10-01'],
    ['1 ต.ค. พ.ศ. 2568', '2025-10-01'],
    ['01102568', '2025-10-01'],
    ['011068', '2025-10-01'],
    ['๑/๑๐/๒๕๖๘', '2025-10-01'],
    ['๑ ต.ค. ๖๘', '2025-10-01'],
    ['29 กุมภาพันธ์ 2567', '2024-02-29'],
    ['31 ธ.ค. 2569', '2026-12-31'],
  ])('%s is %s', (typed, iso) => {
    expect(readThaiDate(typed)).toEqual({ kind: 'date', iso });
    expect(parseThaiDateInput(typed)).toBe(iso);
  });

  it('catches a ค.ศ. year instead of storing พ.ศ. 2025 (1482), and says which date it would be', () => {
    expect(readThaiDate('1/10/2025')).toEqual({ kind: 'ce-year', iso: '2025-10-01', ceYear: 2025 });
    expect(readThaiDate('1 ต.ค. 2025')).toEqual({ kind: 'ce-year', iso: '2025-10-01', ceYear: 2025 });
    expect(parseThaiDateInput('1/10/2025')).toBeNull();
  });

  it('refuses what is not a date', () => {
    for (const typed of ['29/02/2568', '32/1/2568', '1/13/2568', '1 ตุลา 2568', 'hello', '1/10/1482', '1/10']) expect(readThaiDate(typed).kind, typed).toBe('invalid');
    expect(readThaiDate('   ')).toEqual({ kind: 'empty' });
  });
});

describe('a time as typed, 24-hour, Bangkok', () => {
  it.each([
    ['14.30', '14:30'],
    ['14:30', '14:30'],
    ['1430', '14:30'],
    ['14.30 น.', '14:30'],
    ['9.05', '09:05'],
    ['14 น.', '14:00'],
    ['๑๔.๓๐ น.', '14:30'],
    ['0.00', '00:00'],
  ])('%s is %s', (typed, time) => expect(readThaiTime(typed)).toBe(time));

  it('refuses what is not a time, and writes one as documents do', () => {
    for (const typed of ['24.00', '14.60', '2.5', 'บ่ายสอง', '']) expect(readThaiTime(typed), typed).toBeNull();
    expect(formatThaiClock('14:30')).toBe('14.30 น.');
    expect(formatThaiClock('')).toBe('');
  });
});
