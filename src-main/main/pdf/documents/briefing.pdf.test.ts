import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { createInProcessRenderer } from '../pool';
import { sampleBriefingDocument, sampleBriefingPack } from '../samples/briefing-samples';
import { pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/\s+/g, '').replace(/ําา/g, 'ำ').replace(/ํา/g, 'ำ');

describe('the director briefing as a PDF', () => {
  it('prints all 60 questions and answers whole, the core message before the first question, and marks on every page', async () => {
    const doc = sampleBriefingDocument(60);
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: doc, options: { thaiDigits: false } }));
    const text = await pdfText(pdf.bytes);
    // pdftotext reads each page's header and footer after its body: take them out so a
    // paragraph that flows onto the next page reads back in one piece.
    const all = flat(text).replace(/ด่วนที่สุดลับหน้า\d+\/\d+ด่วนที่สุดลับฉบับที่2·23พฤศจิกายน2569/g, '');
    for (const qa of doc.briefing.qas) {
      expect(all).toContain(flat(`ถาม: ${qa.question}`));
      expect(all).toContain(flat(`ตอบ: ${qa.answer}`));
    }
    expect(all.indexOf(flat(doc.briefing.coreMessage))).toBeLessThan(all.indexOf(flat('ถาม:')));
    expect(all).toContain(flat('23 พฤศจิกายน 2569'));

    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => {
      // Top and bottom: ด่วนที่สุด and ลับ twice per page, and "หน้า x/y".
      expect(flat(page).split('ด่วนที่สุด').length - 1).toBe(2);
      expect(flat(page)).toContain(flat(`หน้า ${i + 1}/${pages.length}`));
      expect(flat(page)).toContain(flat('ฉบับที่ 2 · 23 พฤศจิกายน 2569'));
    });
  });

  it('keeps the dates in the version line whole on one line (a date split over two lines reads wrong)', async () => {
    const doc = sampleBriefingDocument(2);
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: doc, options: { thaiDigits: false } }));
    const lines = (await pdfText(pdf.bytes)).split('\n').map((line) => flat(line));
    // The approval stamp (day, month, year, time) is whole on one line, wherever the line breaks,
    // in Bangkok time as Thai official style writes it: approved 06.30 UTC is "13.30 น.", never "06:30".
    expect(doc.briefing.approvedAt).toBe('2026-11-23T06:30:00.000Z');
    expect(lines.some((line) => /(^|\D)23พ\.ย\.256913\.30น\./.test(line))).toBe(true);
    expect(lines.join('')).not.toMatch(/\d\d:\d\d/);
    expect(lines.some((line) => line.includes(flat('23 พฤศจิกายน 2569')))).toBe(true);
  });

  it('puts the run sheet and several briefings into one pack', async () => {
    const doc = sampleBriefingPack();
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: doc, options: { thaiDigits: true } }));
    const all = flat(await pdfText(pdf.bytes));
    expect(all).toContain(flat('กำหนดการแถลงข่าว'));
    expect(all).toContain(flat('ผู้ว่าราชการจังหวัดแถลงสถานการณ์'));
    for (const b of doc.briefings) expect(all).toContain(flat(b.title));
    expect(all).toContain('หน้า๑/');
  });
});
