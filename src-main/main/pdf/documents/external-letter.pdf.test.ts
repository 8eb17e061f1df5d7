import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { createInProcessRenderer } from '../pool';
import { sampleAcceptanceLetter, sampleLongAcceptanceLetter } from '../samples/external-letter-samples';
import { pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/\s+/g, '');

describe('the external letter (หนังสือภายนอก) as a PDF', () => {
  it('reads back every part in Thai, in order, with the closing and signature together', async () => {
    const letter = sampleAcceptanceLetter();
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: letter, options: { thaiDigits: false } }));
    const text = flat(await pdfText(pdf.bytes));
    const parts = [
      'ที่ สข 0017/412',
      '20 เมษายน 2569',
      `เรื่อง ${letter.subject}`,
      `เรียน ${letter.addressee}`,
      `อ้างถึง ${letter.reference}`,
      ...letter.paragraphs,
      'ขอแสดงความนับถือ',
      `(${letter.signer.name})`,
      letter.ownerUnit,
    ].map(flat);
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
    const pages = (await pdfText(pdf.bytes)).split('\f');
    const signaturePage = pages.findIndex((p) => flat(p).includes(flat(`(${letter.signer.name})`)));
    expect(flat(pages[signaturePage] ?? '')).toContain('ขอแสดงความนับถือ');
  });

  it('a long cohort letter breaks its pages well: rows whole, the table\'s lead-in with it, the last paragraph, closing, signature and owning unit together', async () => {
    // Several lengths, so the table and the closing fall at different places on the pages.
    for (const count of [9, 13, 17, 24]) {
      const letter = sampleLongAcceptanceLetter(count);
      const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: letter, options: { thaiDigits: false } }));
      const pages = (await pdfText(pdf.bytes)).split('\f').map(flat);
      const pageOf = (text: string) => pages.findIndex((p) => p.includes(flat(text)));
      const signature = pageOf(`(${letter.signer.name})`);
      expect(signature, `${count} students`).toBeGreaterThan(0);
      for (const part of ['จึงเรียนมาเพื่อโปรดทราบ', 'ขอแสดงความนับถือ', letter.signer.position, letter.ownerUnit]) expect(pages[signature], `${count}: ${part}`).toContain(flat(part));
      // Every row whole on one page: the student's id and period sit with their name's last part.
      for (const row of letter.table!.rows) {
        const at = pageOf(`${row[2]}`);
        expect(at, `${count}: ${row[1]}`).toBeGreaterThanOrEqual(0);
        expect(pages[at]).toContain(flat(row[1]!.split(' ').at(-1)!));
        expect(pages.filter((p) => p.includes(flat(row[2]!)))).toHaveLength(1);
      }
      // The lead-in paragraph is on the page of the first row, the header repeats on every page of the table.
      expect(pageOf('ตามรายชื่อต่อไปนี้')).toBe(pageOf(letter.table!.rows[0]![2]!));
      const lastRowPage = pageOf(letter.table!.rows.at(-1)![2]!);
      for (let p = pageOf(letter.table!.rows[0]![2]!); p <= lastRowPage; p += 1) expect(pages[p]).toContain(flat('รหัสนักศึกษา'));
    }
  }, 60_000);
});
