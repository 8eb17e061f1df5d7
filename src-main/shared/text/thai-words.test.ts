import { describe, expect, it } from 'vitest';
import { containsEveryWord, normalizeSearchText, termsMatch, thaiSearchTerms } from './thai-words';

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

  it('finds every typed word anywhere in unspaced Thai (the search of the whole app)', () => {
    const text = 'แถลงข่าวสถานการณ์อุทกภัยจังหวัดสงขลา ห้องประชุมศาลากลาง';
    expect(containsEveryWord(text, 'อุทกภัย')).toBe(true);
    expect(containsEveryWord(text, '  สงขลา   ศาลากลาง ')).toBe(true);
    expect(containsEveryWord(text, 'อุทกภัย ภัยแล้ง')).toBe(false);
    expect(containsEveryWord('Press Desk', 'press')).toBe(true);
    expect(containsEveryWord(text, '   ')).toBe(true);
  });
});
