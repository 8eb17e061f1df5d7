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

describe('Thai search normalisation (issue 21: the held strings, each failed before)', () => {
  const finds = (text: string, query: string) => termsMatch(thaiSearchTerms(text), thaiSearchTerms(query));

  it('finds อำเภอ, พื้นที่ and อุทกภัย inside unspaced text (NFKC split ำ and ICU lost the words)', () => {
    const text = 'ผู้ประสบอุทกภัยในพื้นที่อำเภอเมืองสงขลาจำนวนมาก ชาวบ้านในพื้นที่ประสบอุทกภัยน้ำป่าไหลหลาก';
    for (const query of ['อำเภอ', 'พื้นที่', 'อุทกภัย', 'จำนวน', 'น้ำป่า', 'อำเภอเมือง']) expect(finds(text, query), query).toBe(true);
    expect(thaiSearchTerms('กำนันตำบลคำใหญ่')).toEqual(['กำนัน', 'ตำบล', 'คำ', 'ใหญ่']);
  });

  it('finds Thai digits with Arabic ones and the reverse', () => {
    expect(finds('ข่าวที่ ๑๒/๒๕๖๘', '2568')).toBe(true);
    expect(finds('ข่าวที่ 12/2568', '๒๕๖๘')).toBe(true);
    expect(finds('งบประมาณ ๒๐ ล้านบาท', '20 ล้าน')).toBe(true);
  });

  it('keeps digits glued to Thai as words of their own', () => {
    expect(finds('ข่าวที่5/2568', '5')).toBe(true);
    expect(finds('ผู้ประสบอุทกภัย2568', '2568')).toBe(true);
    expect(finds('ผู้ประสบอุทกภัย2568', 'อุทกภัย')).toBe(true);
    expect(finds('น้ำท่วม 3อำเภอ', 'อำเภอ')).toBe(true);
  });

  it('finds ต่างๆ and ต่าง ๆ with each other', () => {
    expect(finds('หน่วยงานต่าง ๆ ร่วมกัน', 'ต่างๆ')).toBe(true);
    expect(finds('หน่วยงานต่างๆร่วมกัน', 'ต่าง ๆ')).toBe(true);
    expect(normalizeSearchText('ต่างๆนานา')).toBe(normalizeSearchText('ต่าง ๆ นานา'));
    expect(thaiSearchTerms('ต่าง ๆ')).toEqual(['ต่าง']);
  });

  it('reads abbreviations the same with and without their dots, and apart from the next word', () => {
    expect(finds('ประชุม 5 ธ.ค. 2568', 'ธค')).toBe(true);
    expect(finds('ประชุม 5 ธค 2568', 'ธ.ค.')).toBe(true);
    expect(finds('ข้อมูลจาก ปภ.จังหวัดสงขลา', 'ปภ')).toBe(true);
    expect(finds('ข้อมูลจาก ปภ.จังหวัดสงขลา', 'จังหวัด')).toBe(true);
    expect(finds('นายก อบต.คลองหอยโข่ง', 'คลอง')).toBe(true);
    expect(finds('ปีงบประมาณ พ.ศ.2568', '2568')).toBe(true);
    expect(finds('น.ส.สุดา ข่าวดี', 'นส สุดา')).toBe(true);
    expect(normalizeSearchText('อัตรา 12.5 ล้านบาท เวลา 14.30 น.')).toBe('อัตรา 12.5 ล้านบาท เวลา 14.30 น');
  });

  it('treats invisible characters as nothing', () => {
    expect(finds('อุทก\u200Bภัย', 'อุทกภัย')).toBe(true);
    expect(normalizeSearchText('\u200B\uFEFF')).toBe('');
    expect(containsEveryWord('ศูนย์\u200Bพักพิง', 'ศูนย์พักพิง')).toBe(true);
  });
});
