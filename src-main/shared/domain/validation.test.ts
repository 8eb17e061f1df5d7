import { describe, expect, it } from 'vitest';
import { thaiText, trimInvisible, wallClockDateTime, optionalWallClockDateTime } from './validation';

describe('thaiText', () => {
  it('treats a field holding only spaces or zero-width characters as empty', () => {
    const required = thaiText({ min: 1, max: 20 });
    for (const blank of ['\u200b', ' \u200b\u200b ', '\ufeff', '\u200c\u200d\u2060', '   ']) {
      expect(required.safeParse(blank).error?.issues[0]?.message, JSON.stringify(blank)).toBe('validation.required');
    }
    expect(required.parse(' \u200bอำเภอเมือง\u200b ')).toBe('อำเภอเมือง');
  });

  it('keeps zero-width spaces inside the text (word breaks) and counts the trimmed length', () => {
    expect(trimInvisible('\u200bกรม\u200bประชาสัมพันธ์\u200b')).toBe('กรม\u200bประชาสัมพันธ์');
    expect(thaiText({ max: 3 }).safeParse('\u200b\u200bกขค\u200b').success).toBe(true);
    expect(thaiText({ max: 3 }).safeParse('กขคง').error?.issues[0]?.message).toBe('validation.tooLong');
  });
});

describe('wallClockDateTime', () => {
  const message = (value: string) => wallClockDateTime().safeParse(value).error?.issues[0]?.message;

  it('takes a date and time as typed', () => {
    expect(wallClockDateTime().parse('2026-11-23T10:00')).toBe('2026-11-23T10:00');
    expect(optionalWallClockDateTime().parse('')).toBe('');
  });

  // a conference with its day typed and its time not yet: it said "วันที่ไม่ถูกต้อง"
  it('says which half is missing', () => {
    expect(message('2026-11-23')).toBe('validation.timeMissing');
    expect(message('10:00')).toBe('validation.dateMissing');
    expect(message('23/11/2569')).toBe('validation.date');
    expect(optionalWallClockDateTime().safeParse('2026-11-23').error?.issues.map((i) => i.message)).toContain('validation.timeMissing');
  });
});
