import fc from 'fast-check';
import { loadThaiFixtures } from '../../../tests/fixtures/thai-fixtures';
import { describe, expect, it } from 'vitest';
import {
  BREAK_HINT,
  breakOverwidePieces,
  insertBreakHints,
  isCombiningMark,
  isNoBreakAfter,
  isNoBreakBefore,
  stripBreakHints,
} from './thai-break';
import { NO_BREAK_SPACE } from './thai-units';

const fixtures = loadThaiFixtures();
const allFixtureStrings = [
  ...fixtures.stackedMarks,
  ...fixtures.saraAm,
  ...fixtures.mixedScript,
  ...fixtures.thaiDigits,
  fixtures.longNoSpace,
  ...fixtures.names,
  ...fixtures.agencies,
  ...fixtures.hostile,
];

/** Short test names for the 5,000-character fixture. */
const labelled = allFixtureStrings.map((s) => [s.length > 40 ? `${s.slice(0, 20)}… (${s.length} chars)` : s, s] as const);
const show = (s: string) => s.replaceAll(BREAK_HINT, '|');
const pieces = (s: string) => s.split(new RegExp(`[\\s${BREAK_HINT}]+`, 'u')).filter(Boolean);
const clusters = (s: string) => [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(s)].length;

describe('insertBreakHints', () => {
  it('breaks Thai text at word boundaries', () => {
    expect(show(insertBreakHints('สำนักงานประชาสัมพันธ์จังหวัดจัดแถลงข่าว'))).toBe(
      'สำนักงาน|ประชาสัมพันธ์|จังหวัด|จัด|แถลง|ข่าว',
    );
  });

  // a space inside a name or before ๆ becomes a no-break space, which copies out of a PDF as a space
  const asTyped = (s: string) => stripBreakHints(s).replaceAll(NO_BREAK_SPACE, ' ');

  it.each(labelled)('changes nothing but hints and no-break spaces in %j', (_label, s) => {
    expect(asTyped(insertBreakHints(s))).toBe(asTyped(s));
  });

  // Held strings of issue 21: each of these broke before the keep-whole units.
  it.each([
    ['วันที่ 5 ธ.ค. 2568', 'ธ.ค.'],
    ['ผู้ประสบภัยน้ำท่วม', 'ผู้ประสบ'],
    ['พ.ต.อ.สมศักดิ์ ดีงาม รองผู้บังคับการ', `พ.ต.อ.สมศักดิ์${NO_BREAK_SPACE}ดีงาม`],
    ['นายสมชาย ใจดี ผู้ว่าราชการจังหวัด', `นายสมชาย${NO_BREAK_SPACE}ใจดี`],
    ['นางสาวกัญญ์ณัฏฐ์ ศรีสุข', `นางสาวกัญญ์ณัฏฐ์${NO_BREAK_SPACE}ศรีสุข`],
    ['ว่าที่ร้อยตรีหญิงปิยะนุช ทองคำ', `ว่าที่ร้อยตรีหญิงปิยะนุช${NO_BREAK_SPACE}ทองคำ`],
    ['ดร.ณัฐวุฒิ พิพัฒน์ผล', `ดร.ณัฐวุฒิ${NO_BREAK_SPACE}พิพัฒน์ผล`],
    ['นางสาวรัชนี ณ สงขลา ผู้สื่อข่าว', `นางสาวรัชนี${NO_BREAK_SPACE}ณ${NO_BREAK_SPACE}สงขลา`],
    ['ของใช้ต่าง ๆ ได้', `ต่าง${NO_BREAK_SPACE}ๆ`],
    ['เช่น ข้าว ปลา ฯลฯ', `ปลา${NO_BREAK_SPACE}ฯลฯ`],
    ['ที่อำเภอประจวบคีรีขันธ์', 'ประจวบคีรีขันธ์'],
    ['นักข่าวและความร่วมมือ', 'นักข่าว'],
    ['ผู้เข้าร่วมกว่า 3,000 คน เมื่อเวลา 14.30 น.', `3,000${NO_BREAK_SPACE}คน`],
    ['เมื่อเวลา ๑๔.๓๐ น. ที่ผ่านมา', `๑๔.๓๐${NO_BREAK_SPACE}น.`],
  ])('keeps a unit of %j whole: %j', (text, unit) => {
    const hinted = insertBreakHints(text);
    expect(pieces(hinted).some((piece) => piece.includes(unit)) || hinted.includes(unit), show(hinted)).toBe(true);
    expect(hinted.includes(unit), show(hinted)).toBe(true);
  });

  it('does not take นายก, นายอำเภอ or a name that runs into the sentence for a titled name', () => {
    expect(show(insertBreakHints('นายกรัฐมนตรี ประชุม'))).not.toContain(NO_BREAK_SPACE);
    expect(show(insertBreakHints('นายอำเภอเมือง ประชุม'))).not.toContain(NO_BREAK_SPACE);
    // the end of the name is unknown; only the title stays with the name's first word
    expect(show(insertBreakHints('นายสมชายกล่าวว่าการประชุมครั้งนี้'))).toMatch(/^นายสม/u);
    expect(show(insertBreakHints('นายสมชายกล่าวว่าการประชุมครั้งนี้'))).toContain('|');
  });

  it.each(labelled)('never puts a hint before a mark or where a line may not break: %j', (_label, s) => {
    const hinted = insertBreakHints(s);
    const chars = [...hinted];
    chars.forEach((ch, i) => {
      if (ch !== BREAK_HINT) return;
      const after = chars[i + 1] ?? '';
      const before = chars[i - 1] ?? '';
      expect(isCombiningMark(after), show(hinted)).toBe(false);
      expect(isNoBreakBefore(after) && after !== '' && !/\p{M}/u.test(before), show(hinted)).toBe(false);
      expect(isNoBreakAfter(before), show(hinted)).toBe(false);
    });
  });

  it('keeps SARA AM, MAI YAMOK and closing punctuation with the word before', () => {
    expect(show(insertBreakHints('น้ำท่วมต่างๆ(ข่าว)ฯลฯ'))).not.toMatch(/\|[ำๆ)ฯ]/u);
    expect(show(insertBreakHints('ไปเป็นใหญ่'))).not.toMatch(/[เแโใไ]\|/u);
  });

  it('splits Thai from a preceding Latin letter or digit even without a space', () => {
    expect(show(insertBreakHints('Aวันที่'))).toBe('A|วัน|ที่');
    expect(show(insertBreakHints('COVID-19ระลอกใหม่'))).toBe('COVID-19|ระลอก|ใหม่');
    // the bracket may not end a line, so the forced split goes before it
    expect(show(insertBreakHints('A(ข่าว)'))).toBe('A|(ข่าว)');
  });

  it('leaves a space-separated mixed string alone at its spaces and keeps its marks', () => {
    const hinted = insertBreakHints('A วันที่');
    expect(stripBreakHints(hinted)).toBe('A วันที่');
    expect(hinted.startsWith('A วัน')).toBe(true);
  });

  it('every piece that contains Thai after another script starts a new piece', () => {
    for (const s of [...fixtures.mixedScript, 'Aวันที่', 'LINE@ข่าว', 'ปี2568ที่', 'Mr.สมชาย', 'x(ก)']) {
      for (const piece of pieces(insertBreakHints(s))) {
        const firstThai = piece.search(/[\u0E01-\u0E4E]/u);
        if (firstThai < 0) continue;
        expect(piece.slice(0, firstThai), `${s} → ${show(insertBreakHints(s))}`).not.toMatch(/[\p{L}\p{N}]/u);
      }
    }
  });

  it('does not break Latin words, numbers or Thai-digit document numbers', () => {
    expect(insertBreakHints('PR Desk 2025')).toBe('PR Desk 2025');
    expect(show(insertBreakHints('ข่าวที่ ๑๒๓/๒๕๖๘'))).toBe('ข่าว|ที่ ๑๒๓/๒๕๖๘');
  });

  it('caps unbreakable runs so a 5,000-character word cannot overflow a line', () => {
    const hostileWord = fixtures.hostile.find((s) => s.length >= 5000) ?? '';
    for (const s of [hostileWord, 'a'.repeat(300) + 'ข่าว', 'https://www.prd.go.th/th/content/category/detail/id/39/iid/123456']) {
      const hinted = insertBreakHints(s, { maxClusterRun: 20 });
      expect(stripBreakHints(hinted)).toBe(s);
      for (const piece of pieces(hinted)) expect(clusters(piece)).toBeLessThanOrEqual(20);
    }
  });

  it('never splits a grapheme cluster when capping', () => {
    const s = 'น้ำ'.repeat(40);
    const hinted = insertBreakHints(s, { maxClusterRun: 5 });
    for (const piece of pieces(hinted)) expect(piece.length % 3).toBe(0);
  });

  it('is idempotent and removes hints the user pasted', () => {
    const once = insertBreakHints(fixtures.longNoSpace);
    expect(insertBreakHints(once)).toBe(once);
    expect(insertBreakHints(`ข่าว${BREAK_HINT}${BREAK_HINT}ดี`)).toBe(insertBreakHints('ข่าวดี'));
    expect(insertBreakHints(BREAK_HINT)).toBe('');
  });

  it('handles anything without losing characters (property)', () => {
    const thaiish = fc.string({
      unit: fc.constantFrom(...'กขคงจัิีึืุู่้๊๋์ำาเแโใไๆฯ ()ABz019๑.@\u200B😀', '😀'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(thaiish, fc.integer({ min: 1, max: 30 }), (s, max) => {
        const hinted = insertBreakHints(s, { maxClusterRun: max });
        expect(asTyped(hinted)).toBe(asTyped(s));
        expect(hinted).not.toMatch(new RegExp(`${BREAK_HINT}\\p{M}`, 'u'));
        expect(hinted).not.toMatch(/[\uD800-\uDBFF]\u200B/u);
      }),
    );
  });
});

describe('breakOverwidePieces', () => {
  // one point per grapheme cluster
  const measure = (s: string) => clusters(s);

  it('leaves pieces that fit whole and splits the ones that do not, between clusters', () => {
    const text = insertBreakHints('สำนักงานประชาสัมพันธ์ จังหวัด');
    const fitted = breakOverwidePieces(text, 6, measure);
    expect(stripBreakHints(fitted)).toBe('สำนักงานประชาสัมพันธ์ จังหวัด');
    expect(fitted.endsWith(' จังหวัด')).toBe(true); // 5 clusters: fits, stays whole
    for (const piece of pieces(fitted)) expect(measure(piece)).toBeLessThanOrEqual(6);
    expect(fitted).not.toMatch(new RegExp(`${BREAK_HINT}[\\p{M}ำ]`, 'u'));
  });

  it('measures a name whole, and breaks one too wide first between first name and surname', () => {
    const name = insertBreakHints('นางสาวกัญญ์ณัฏฐ์ ศรีสุข');
    expect(breakOverwidePieces(name, 30, measure)).toBe(name);
    const narrow = breakOverwidePieces(name, 15, measure);
    expect(narrow).toBe('นางสาวกัญญ์ณัฏฐ์ ศรีสุข'); // an ordinary space: the one place it may break
    // narrower than the first name: whole words, the title one of them, and every part fits
    const narrower = breakOverwidePieces(name, 8, measure);
    expect(pieces(narrower)[0]).toMatch(/^นางสาว/u);
    for (const piece of pieces(narrower)) expect(measure(piece)).toBeLessThanOrEqual(8);
  });

  it('breaks a name with the surname particle ณ before the surname, never after ณ', () => {
    const name = insertBreakHints('นายวิชัย ณ นคร');
    expect(breakOverwidePieces(name, 9, measure)).toBe(`นายวิชัย ณ${NO_BREAK_SPACE}นคร`);
  });

  it('never opens a line with ๆ, even in a column too narrow for "ต่าง ๆ"', () => {
    const fitted = breakOverwidePieces(insertBreakHints('ต่าง ๆ'), 2, measure);
    expect(show(fitted)).not.toMatch(/\|\s*ๆ/u);
    expect(stripBreakHints(fitted)).toBe(`ต่าง${NO_BREAK_SPACE}ๆ`);
  });

  it('keeps a single cluster wider than the column as it is', () => {
    expect(breakOverwidePieces('น้ำ', 0.5, measure)).toBe('น้ำ');
  });
});
