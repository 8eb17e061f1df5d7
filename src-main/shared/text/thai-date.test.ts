import { loadThaiFixtures } from '../../../tests/fixtures/thai-fixtures';
import { describe, expect, it } from 'vitest';
import {
  fiscalHalfOf,
  fiscalYearOf,
  formatThaiDateLong,
  formatThaiDateNumeric,
  formatThaiDateShort,
  formatThaiDateTimeShort,
  formatThaiTime,
  officialClockText,
  toCalendarDate,
} from './thai-date';
import { fromThaiDigits, toThaiDigits } from './thai-digits';
import { parseThaiDateInput } from './thai-date-input';

const fixtures = loadThaiFixtures();

describe('Buddhist-era dates', () => {
  it.each(fixtures.dates)('formats $iso as the fixture says', (c) => {
    expect(formatThaiDateLong(c.iso)).toBe(c.thaiLong);
    expect(formatThaiDateShort(c.iso)).toBe(c.thaiShort);
    expect(fiscalYearOf(c.iso)).toBe(c.fiscalYear);
  });

  it('round-trips typed dates and rejects impossible ones', () => {
    expect(parseThaiDateInput('15/1/2568')).toBe('2025-01-15');
    expect(parseThaiDateInput('29/02/2567')).toBe('2024-02-29');
    expect(parseThaiDateInput('29/02/2568')).toBeNull();
    expect(parseThaiDateInput('15.1.68')).toBe('2025-01-15');
    expect(parseThaiDateInput('hello')).toBeNull();
    expect(formatThaiDateNumeric('2025-01-15')).toBe('15/01/2568');
  });

  it('writes a typed date and time as the office does, never shifted by the machine zone', () => {
    expect(formatThaiDateTimeShort('2026-11-23T10:00')).toBe('23 พ.ย. 2569 10.00 น.');
    expect(formatThaiDateTimeShort('2027-01-01T00:05')).toBe('1 ม.ค. 2570 00.05 น.');
    expect(formatThaiDateTimeShort('2026-11-23')).toBe('');
    expect(formatThaiDateTimeShort('')).toBe('');
  });

  it('knows the fiscal halves', () => {
    expect(fiscalHalfOf('2024-10-01')).toBe(1);
    expect(fiscalHalfOf('2025-03-31')).toBe(1);
    expect(fiscalHalfOf('2025-04-01')).toBe(2);
    expect(fiscalHalfOf('2025-09-30')).toBe(2);
  });
});

describe('Thai digits', () => {
  it('converts both ways', () => {
    expect(toThaiDigits('ข่าวที่ 123/2568')).toBe('ข่าวที่ ๑๒๓/๒๕๖๘');
    expect(fromThaiDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(toThaiDigits('0123456789')).toBe(fixtures.thaiDigits[0]);
  });
});

describe('officialClockText', () => {
  // the press conference run sheet printed "เวลา 10:00 น." and "09:30"
  it('writes typed clock times with a dot, two-digit hours', () => {
    expect(officialClockText('10:00')).toBe('10.00');
    expect(officialClockText('9:30–10:00')).toBe('09.30–10.00');
    expect(officialClockText('ช่วงบ่าย')).toBe('ช่วงบ่าย');
    expect(officialClockText('1:2:3 และ 2568:10')).toBe('1:2:3 และ 2568:10');
  });
});

describe('Bangkok time whatever the machine zone', () => {
  // Main prints PDFs; on a build server or a PC set to UTC it showed 07.15 น. for 14.15 น.
  it('writes the time of day in Bangkok', () => {
    expect(formatThaiTime(new Date('2025-01-11T07:15:00.000Z'))).toBe('14.15 น.');
    expect(formatThaiTime(new Date('2025-01-11T17:05:00.000Z'))).toBe('00.05 น.');
  });
  it('takes the calendar day in Bangkok', () => {
    expect(toCalendarDate(new Date('2025-01-10T18:30:00.000Z'))).toEqual({ year: 2025, month: 1, day: 11 });
    expect(toCalendarDate(new Date('2025-01-10T16:59:00.000Z'))).toEqual({ year: 2025, month: 1, day: 10 });
  });
});
