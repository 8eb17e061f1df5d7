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

  it.each(labelled)('changes nothing but hints in %j', (_label, s) => {
    expect(stripBreakHints(insertBreakHints(s))).toBe(stripBreakHints(s));
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
        expect(stripBreakHints(hinted)).toBe(stripBreakHints(s));
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

  it('keeps a single cluster wider than the column as it is', () => {
    expect(breakOverwidePieces('น้ำ', 0.5, measure)).toBe('น้ำ');
  });
});
