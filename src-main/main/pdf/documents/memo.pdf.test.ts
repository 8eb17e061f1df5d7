import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { createMemoFromOfficeProfile } from '../../../shared/pdf/memo';
import { createInProcessRenderer } from '../pool';
import { SAMPLE_MEMO_FIELDS } from '../samples/memo-samples';
import { SAMPLE_OFFICE, sampleLogo } from '../samples/office';
import { compareExtractedText, pdfInfo, pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const memo = createMemoFromOfficeProfile(SAMPLE_OFFICE, sampleLogo(), { ...SAMPLE_MEMO_FIELDS, urgency: 'most-urgent' });

describe('the memo as a PDF', () => {
  it('is one A4 page that reads back as the form, field by field', async () => {
    const request = pdfRenderRequestSchema.parse({ document: memo, options: { thaiDigits: false } });
    const pdf = await renderer.render(request);
    const info = await pdfInfo(pdf.bytes);
    expect(info).toMatchObject({ pages: 1 });
    expect(info.pageWidth).toBeCloseTo(595.28, 1);
    // pdfmake draws the page header (the urgency mark) after the body, so it reads last
    const expected = [
      'บันทึกข้อความ',
      `ส่วนราชการ ${memo.department}`,
      'ที่ สข 0017/123 วันที่ 15 มกราคม 2568',
      `เรื่อง ${memo.subject}`,
      `เรียน ${memo.addressee}`,
      ...memo.paragraphs,
      `(${SAMPLE_OFFICE.directorName})`,
      SAMPLE_OFFICE.directorTitle,
      'ด่วนที่สุด',
    ].join('\n');
    // pdftotext reads a double space between label and value as one
    const text = (await pdfText(pdf.bytes)).replace(/ {2,}/g, ' ');
    expect(compareExtractedText(text, expected)).toBeNull();
  });

  it('prints Thai digits everywhere but in Latin names and addresses when the office chose them', async () => {
    const pdf = await renderer.render({ document: memo, options: { thaiDigits: true } });
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('๑๕ มกราคม ๒๕๖๘');
    expect(text).toContain('สข ๐๐๑๗/๑๒๓');
    expect(text).toContain('โทร. ๐ ๗๔๓๑ ๑๐๖๐');
    expect(text.replace(/\S*[A-Za-z@]\S*/g, '')).not.toMatch(/[0-9]/);
  });

  it('numbers a long memo from page 2 and marks secrecy on every page', async () => {
    const long = { ...memo, secrecy: 'confidential' as const, paragraphs: Array.from({ length: 12 }, () => memo.paragraphs[0] ?? '') };
    const pdf = await renderer.render({ document: long, options: { thaiDigits: true } });
    expect(pdf.pageCount).toBeGreaterThan(1);
    const pages = (await pdfText(pdf.bytes)).split('\f').filter((p) => p.trim() !== '');
    pages.forEach((page, i) => {
      const lines = page.split('\n').filter(Boolean);
      expect(page.match(/(^|\s)ลับ(?=\s|$)/gu)).toHaveLength(2); // top and bottom
      if (i > 0) expect(lines).toContain(`- ${'๐๑๒๓๔๕๖๗๘๙'[i + 1]} -`);
      else expect(page).not.toMatch(/^- .* -$/m);
    });
  });
});
