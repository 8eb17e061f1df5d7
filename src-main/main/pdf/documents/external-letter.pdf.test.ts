import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { createInProcessRenderer } from '../pool';
import { sampleAcceptanceLetter } from '../samples/external-letter-samples';
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
});
