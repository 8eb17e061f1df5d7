/**
 * Thai typography end to end: documents made of the shared fixture strings are rendered with the
 * real engine and fonts, then read back with poppler the way a user's copy-and-paste would.
 */
import type { Content, DocDefinition } from 'pdfmake';
import { beforeAll, describe, expect, it } from 'vitest';
import { isCombiningMark } from '../../shared/text/thai-break';
import { createPdfEngine, type RenderedPdf } from './engine';
import { dataTable } from './layout/table';
import { A4, PAGE_MARGINS, TEXT_WIDTH, governmentDocument } from './layout/page';
import { prepareDocDefinition } from './prepare-content';
import { compareExtractedText, lineText, pdfFonts, pdfInfo, pdfLines, pdfPageGrey, pdfText, withoutPageNumbers } from './testing/poppler';
import { FONT_DIR, fixtureTexts, loadThaiFixtures } from '../../../tests/fixtures/thai-fixtures';

const fixtures = loadThaiFixtures();
const texts = fixtureTexts(fixtures);
const engine = createPdfEngine({ fontDir: FONT_DIR });

const page = { title: 'ทดสอบ', author: 'PR Desk', urgency: 'normal', secrecy: 'none', thaiDigits: false } as const;

/** The document's text as pdftotext reads it, without our page numbers. */
async function textOf(pdf: RenderedPdf): Promise<string> {
  return withoutPageNumbers(await pdfText(pdf.bytes));
}

function render(content: Content[], thaiDigits = false): Promise<RenderedPdf> {
  const dd: DocDefinition = governmentDocument(content, { ...page, thaiDigits });
  return engine.render(prepareDocDefinition(dd, { thaiDigits }, engine));
}

const STYLES = [
  { name: 'regular', bold: false, italics: false },
  { name: 'bold', bold: true, italics: false },
  { name: 'italic', bold: false, italics: true },
  { name: 'bold italic', bold: true, italics: true },
] as const;

/** Every Thai consonant with every upper/lower vowel and tone mark, with and without SARA AA. */
function syllableGrid(): string[] {
  const consonants = Array.from({ length: 0x2e }, (_, i) => String.fromCodePoint(0x0e01 + i)).filter(
    (c) => c !== 'ฤ' && c !== 'ฦ', // vowels, not consonants: they take no vowel marks
  );
  const vowels = ['', 'ั', 'ิ', 'ี', 'ึ', 'ื', 'ุ', 'ู', '็'];
  const tones = ['', '่', '้', '๊', '๋', '์'];
  const words: string[] = [];
  for (const c of consonants) {
    for (const v of vowels) for (const t of tones) if (!(v === '็' && t)) words.push(`${c}${v}${t}`, `${c}${v}${t}า`);
    words.push(`${c}ำ`, `${c}่ำ`, `${c}้ำ`, `${c}๊ำ`, `${c}๋ำ`);
  }
  return words;
}

describe('a document of every fixture string', () => {
  let pdf: RenderedPdf;
  beforeAll(async () => {
    pdf = await render(texts.map((text) => ({ text })));
  });

  it('is A4', async () => {
    const info = await pdfInfo(pdf.bytes);
    expect(info.pageWidth).toBeCloseTo(A4.width, 1);
    expect(info.pageHeight).toBeCloseTo(A4.height, 1);
    expect(info.pages).toBe(pdf.pageCount);
  });

  it('embeds its fonts as subsets with a Unicode map', async () => {
    const fonts = await pdfFonts(pdf.bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+Laksaman/);
      expect(font).toMatchObject({ embedded: true, subset: true, unicodeMap: true });
    }
  });

  it('copies out exactly as typed: stacked marks, SARA AM, "A วันที่", digits, names', async () => {
    const problem = compareExtractedText(await textOf(pdf), texts.join('\n'));
    expect(problem).toBeNull();
  });

  it('keeps every printed line inside the text area', async () => {
    const lines = await pdfLines(pdf.bytes);
    expect(lines.length).toBeGreaterThan(texts.length);
    for (const line of lines) {
      expect(line.xMin, lineText(line)).toBeGreaterThanOrEqual(PAGE_MARGINS.left - 0.5);
      expect(line.xMax, lineText(line)).toBeLessThanOrEqual(A4.width - PAGE_MARGINS.right + 0.5);
    }
  });

  it('never starts a line with a combining mark', async () => {
    const lines = (await pdfText(pdf.bytes)).split(/[\n\f]/).filter(Boolean);
    for (const line of lines) expect(isCombiningMark(line), line).toBe(false);
  });

  it('breaks the long unspaced sentence between words, not inside them', async () => {
    const words = new Set(
      [...new Intl.Segmenter('th', { granularity: 'word' }).segment(fixtures.longNoSpace)].map((s) => s.segment),
    );
    const lines = (await pdfText(pdf.bytes)).split(/[\n\f]/).filter((l) => fixtures.longNoSpace.includes(l) && l.length > 10);
    expect(lines.length).toBeGreaterThan(1); // it did wrap
    for (const line of lines.slice(0, -1)) {
      const lastWord = [...words].some((w) => line.endsWith(w));
      expect(lastWord, line).toBe(true);
    }
  });
});

describe.each(STYLES)('$name text', (style) => {
  it('copies out exactly, for the fixtures and every consonant with every mark', async () => {
    const grid = syllableGrid();
    const content: Content[] = [
      ...texts.map((text) => ({ text, bold: style.bold, italics: style.italics })),
      { text: grid.join(' '), bold: style.bold, italics: style.italics },
    ];
    const pdf = await render(content);
    expect(compareExtractedText(await textOf(pdf), [...texts, grid.join(' ')].join('\n'))).toBeNull();
  });
});

describe('Thai digits and Buddhist-era dates', () => {
  it('print as the office chose', async () => {
    const dates = fixtures.dates.map((d) => d.thaiLong);
    const arabic = await pdfText((await render(dates.map((text) => ({ text })), false)).bytes);
    const thai = await pdfText((await render(dates.map((text) => ({ text })), true)).bytes);
    expect(arabic).toContain('15 มกราคม 2568');
    expect(arabic).toContain('29 กุมภาพันธ์ 2567');
    expect(thai).toContain('๑๕ มกราคม ๒๕๖๘');
    expect(thai).toContain('๒๙ กุมภาพันธ์ ๒๕๖๗');
    expect(thai).not.toMatch(/[0-9]/);
  });
});

describe('tables', () => {
  it('repeat their header row on every page and keep cells inside the text area', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [String(i + 1), texts[i % texts.length] ?? '', fixtures.names[i % 4] ?? '']);
    const table = dataTable(
      [
        { header: 'ลำดับ', width: 40, alignment: 'right' },
        { header: 'ข้อความทดสอบ', width: '*' },
        { header: 'ผู้รับผิดชอบ', width: 120 },
      ],
      rows,
    );
    const pdf = await render([table]);
    expect(pdf.pageCount).toBeGreaterThan(2);
    const pages = (await pdfText(pdf.bytes)).split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(pdf.pageCount);
    for (const text of pages) expect(text).toMatch(/ลำดับ\s*ข้อความทดสอบ\s*ผู้รับผิดชอบ/);
    for (const line of await pdfLines(pdf.bytes)) {
      expect(line.xMax).toBeLessThanOrEqual(A4.width - PAGE_MARGINS.right + 0.5);
    }
  });
});

describe('hostile input', () => {
  // Emoji print in the fallback font and copy out; Arabic, which no bundled font has, prints as a note.
  const printed = (s: string) => (engine.splitByFont(s) ?? [{ text: s }]).map((run) => run.text).join('');

  const label = (s: string) => (s.length > 40 ? `${s.slice(0, 20)}… (${s.length} chars)` : s);

  it.each(fixtures.hostile.map((s) => [label(s), s]))('%j gives a valid PDF that keeps what it can print', async (_label, hostile) => {
    const pdf = await render([{ text: hostile }]);
    expect((await pdfInfo(pdf.bytes)).pages).toBe(pdf.pageCount);
    expect(compareExtractedText(await textOf(pdf), printed(hostile))).toBeNull();
    for (const line of await pdfLines(pdf.bytes)) {
      expect(line.xMax).toBeLessThanOrEqual(A4.width - PAGE_MARGINS.right + 0.5);
    }
  });

  it.each(fixtures.hostile.map((s) => [label(s), s]))('%j in a narrow table column stays in its column', async (_label, hostile) => {
    const narrow = 60;
    const pdf = await render([dataTable([{ header: 'ก', width: narrow }, { header: 'ข', width: '*' }], [[hostile, 'ข้อความ']])]);
    expect((await pdfInfo(pdf.bytes)).pages).toBe(pdf.pageCount);
    const cellRight = PAGE_MARGINS.left + narrow + 2 * 4 + 1; // width + padding + rule
    const words = (await pdfLines(pdf.bytes)).flatMap((line) => line.words);
    for (const word of words.filter((w) => w.xMin < cellRight)) {
      expect(word.xMax, word.text).toBeLessThanOrEqual(cellRight);
    }
  });
});

describe('other scripts and emoji', () => {
  it('print in the fallback fonts, embedded, and copy out as typed; what no font has prints as a note', async () => {
    const lines = ['ข่าวดี 😀 🎉 ขอบคุณครับ 🙏', 'นายສົມພອນ ແກ້ວມະນີ แรงงานจากลาว', 'ร้านค้า 王記 ถนนนครนอก'];
    const pdf = await render(lines.map((text) => ({ text })));
    const text = await textOf(pdf);
    expect(compareExtractedText(text, ['ข่าวดี 😀 🎉 ขอบคุณครับ 🙏', 'นายສົມພອນ ແກ້ວມະນີ แรงงานจากลาว', 'ร้านค้า [อักษรจีน] ถนนนครนอก'].join('\n'))).toBeNull();
    const fonts = (await pdfFonts(pdf.bytes)).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts).toEqual(expect.arrayContaining([expect.stringMatching(/^Symbola/), expect.stringMatching(/^NotoSansLao/)]));
    for (const font of await pdfFonts(pdf.bytes)) expect(font).toMatchObject({ embedded: true, subset: true, unicodeMap: true });
  });
});

describe('mixed Latin and Thai', () => {
  // "Aปู่": Thai shaped as Latin loses its low, left-shifted tone mark. Two separate runs ("A",
  // then "ปู่") are the reference picture; the prepared string must look exactly like that.
  const picture = async (dd: DocDefinition) => pdfPageGrey((await engine.render(dd)).bytes, 1, 150);
  const doc = (content: Content[]) => governmentDocument(content, page);

  it.each(['Aปู่', 'COVID-19ป้ำ', 'A วันที่'])('shapes the Thai in %j as Thai, marks and all', async (mixed) => {
    const split = mixed.search(/[\u0E01-\u0E4E]/u);
    const separateRuns = await picture(doc([{ text: [mixed.slice(0, split), mixed.slice(split)], fontSize: 40 }]));
    const prepared = await picture(prepareDocDefinition(doc([{ text: mixed, fontSize: 40 }]), { thaiDigits: false }, engine));
    expect(Buffer.compare(prepared, separateRuns)).toBe(0);
  });

  it('(unprepared, one run, it did not: the test can tell)', async () => {
    const separateRuns = await picture(doc([{ text: ['A', 'ปู่'], fontSize: 40 }]));
    const oneRun = await picture(doc([{ text: 'Aปู่', fontSize: 40 }]));
    expect(Buffer.compare(oneRun, separateRuns)).not.toBe(0);
  });
});

describe('line breaking as a Thai typesetter would', () => {
  const NAMES = [...fixtures.names, 'พ.ต.อ.สมศักดิ์ ดีงาม', 'นางสาวกมลวรรณ ศรีสุวรรณ', 'เด็กหญิงพิมพ์ชนก ใจบุญ'];
  const ABBREVIATIONS = ['ธ.ค.', 'ม.ค.', 'พ.ศ.', 'ผวจ.', 'ปภ.', 'อ.ส.ม.', 'ศ.ดร.'];
  const WHOLE = [...NAMES, ...ABBREVIATIONS, 'ประจวบคีรีขันธ์', 'ผู้ประสบ', 'นักข่าว', 'ต่าง ๆ', 'ฯลฯ', '14.30 น.', '3,000 คน'];
  const FILLER = ['ข่าว', 'จังหวัด', 'ประชาสัมพันธ์', 'ที่'];
  const OFFSETS = 36;

  /** Each unit after 0…35 filler words, so it lands at every place on a line, also at the end. */
  const paragraphs = WHOLE.flatMap((unit) =>
    Array.from({ length: OFFSETS }, (_, k) => {
      const filler = Array.from({ length: k }, (_, i) => FILLER[i % FILLER.length]).join('');
      return `เรื่อง${filler}${unit === 'ฯลฯ' ? ' ' : ''}${unit} แล้ว`;
    }),
  );

  async function lines(content: Content[]): Promise<string[]> {
    const text = await pdfText((await render(content)).bytes);
    return text.split(/[\n\f]/).map((line) => line.replaceAll('\u00A0', ' ').trim());
  }

  /** A unit wider than the column may break at its space (first name | surname), and only there. */
  function assertWhole(printed: string[], width = TEXT_WIDTH): void {
    for (const unit of WHOLE) {
      const parts = engine.measure(unit) <= width ? [unit] : unit.split(' ').filter((part) => engine.measure(part) <= width);
      for (const part of parts) {
        const found = printed.reduce((n, line) => n + line.split(part).length - 1, 0);
        expect.soft(found, `${part} is split over two lines somewhere (${Math.round(width)} pt)`).toBe(OFFSETS);
      }
    }
    for (const line of printed) expect(line, line).not.toMatch(/^[ๆฯ]/u);
  }

  it('keeps names, abbreviations, places and compounds whole, and never opens a line with ๆ, in body text', async () => {
    assertWhole(await lines(paragraphs.map((text) => ({ text }))));
  });

  it.each([120, 170, 230])('does the same in a table column %d pt wide', async (width) => {
    assertWhole(await lines([dataTable([{ header: 'ข้อความ', width }], paragraphs.map((text) => [text]))]), width);
  });
});
