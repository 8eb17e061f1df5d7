import { describe, expect, it } from 'vitest';
import { normalizeSearchText, termsMatch, thaiSearchTerms } from './thai-words';

describe('Thai search terms', () => {
  it('splits Thai into words, so a word in the middle of a sentence is a term', () => {
    const terms = thaiSearchTerms('จังหวัดสงขลาเตรียมรับมือน้ำท่วมในเขตอำเภอหาดใหญ่');
    expect(terms).toContain('เตรียม');
    expect(terms).toContain('หาดใหญ่');
    expect(terms.join('')).not.toContain(' ');
  });

  it('normalizes SARA AM typed as NIKHAHIT + SARA AA, case, and spacing', () => {
    expect(normalizeSearchText('น\u0E33')).toBe(normalizeSearchText('น\u0E4D\u0E32'));
    expect(normalizeSearchText('  ข่าว   PR\nDesk ')).toBe('ข่าว pr desk');
    expect(thaiSearchTerms('น\u0E49\u0E33ท่วม')).toEqual(thaiSearchTerms('น\u0E49\u0E4D\u0E32ท่วม'));
  });

  it('drops punctuation and repeats; keeps numbers', () => {
    expect(thaiSearchTerms('ข่าวที่ 123/2568, ข่าวที่ 123')).toEqual(['ข่าว', 'ที่', '123', '2568']);
  });

  it('matches all query words, the last as a prefix', () => {
    const record = thaiSearchTerms('ผู้ว่าราชการจังหวัดสงขลาเปิดงานกาชาด');
    expect(termsMatch(record, thaiSearchTerms('กาชาด'))).toBe(true);
    expect(termsMatch(record, ['กาช'])).toBe(true);
    expect(termsMatch(record, thaiSearchTerms('งานกาชาด สงขลา'))).toBe(true);
    expect(termsMatch(record, thaiSearchTerms('น้ำท่วม'))).toBe(false);
    expect(termsMatch(record, [])).toBe(true);
  });

  describe('the held strings of issue 21 (each failed before)', () => {
    it('finds อำเภอ, พื้นที่ and อุทกภัย inside unspaced text, whichever way ำ was typed', () => {
      for (const text of ['ที่ว่าการอำเภอเมืองสงขลา', 'ที่ว่าการอ\u0E4D\u0E32เภอเมืองสงขลา']) expect(thaiSearchTerms(text), text).toContain('อำเภอ');
      // ("ลงพื้นที่" still splits as ลงพื้น|ที่ in ICU's dictionary: the dictionary-gap fallback of issue 21.)
      const flood = thaiSearchTerms('สำรวจพื้นที่ประสบอุทกภัยอำเภอหาดใหญ่');
      for (const word of ['พื้นที่', 'อุทกภัย', 'อำเภอ', 'หาดใหญ่']) expect(flood).toContain(word);
      expect(thaiSearchTerms('น\u0E4D\u0E49\u0E32ท่วม')).toEqual(thaiSearchTerms('น้ำท่วม'));
    });

    it('๒๕๖๘ finds 2568 and the reverse; digits glued to Thai are their own term', () => {
      const record = thaiSearchTerms('แผนงบประมาณปี๒๕๖๘');
      expect(termsMatch(record, thaiSearchTerms('2568'))).toBe(true);
      expect(termsMatch(thaiSearchTerms('ปีงบประมาณ2568'), thaiSearchTerms('๒๕๖๘'))).toBe(true);
      expect(thaiSearchTerms('ปี2568งบประมาณ')).toEqual(expect.arrayContaining(['ปี', '2568', 'งบ', 'ประมาณ']));
    });

    it('ต่างๆ finds ต่าง ๆ and the reverse; zero-width spaces change nothing', () => {
      expect(thaiSearchTerms('หน่วยงานต่างๆของจังหวัด')).toEqual(thaiSearchTerms('หน่วยงานต่าง ๆ ของจังหวัด'));
      expect(termsMatch(thaiSearchTerms('ส่วนราชการต่าง ๆ'), thaiSearchTerms('ต่างๆ'))).toBe(true);
      expect(thaiSearchTerms('กรม\u200bประชา\u200bสัมพันธ์')).toEqual(thaiSearchTerms('กรมประชาสัมพันธ์'));
      expect(normalizeSearchText('ต่างๆ')).toBe(normalizeSearchText('ต่าง ๆ'));
    });
  });
});
