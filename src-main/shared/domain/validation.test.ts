import { describe, expect, it } from 'vitest';
import { thaiText, trimInvisible } from './validation';

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
