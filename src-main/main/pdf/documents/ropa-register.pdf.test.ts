import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { PERSONAL_TABLES } from '../../../shared/pdpa/personal-fields';
import { TABLE_LABELS } from '../../../shared/pdpa/ropa';
import { createInProcessRenderer } from '../pool';
import { sampleRopaRegister } from '../samples/ropa-register-samples';
import { lineText, pdfLines, pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/\s+/g, '');

describe('the records of processing (ROPA) as a PDF', () => {
  it('lists every activity with its basis and retention, and every table that holds personal data, in Thai', async () => {
    const register = sampleRopaRegister();
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: register, options: { thaiDigits: false } }));
    const text = flat(await pdfText(pdf.bytes));
    expect(text).toContain(flat('บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล'));
    expect(text).toContain(flat('ตามมาตรา 39 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562'));
    expect(text).toContain(flat('จัดทำเมื่อ 6 ธันวาคม 2569'));
    for (const activity of register.activities) {
      expect(text).toContain(flat(activity.title));
      expect(text).toContain(flat(activity.lawfulBasis));
      expect(text).toContain(flat(activity.retention));
    }
    for (const table of Object.keys(PERSONAL_TABLES)) expect(text).toContain(flat(TABLE_LABELS[table] ?? table));
    expect(text).toContain(flat('นักศึกษาฝึกงาน (18 รายการ)'));
  });

  it('never leaves an activity’s heading alone at the foot of a page (it goes over with its table)', async () => {
    const register = sampleRopaRegister();
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: register, options: { thaiDigits: false } }));
    const lines = await pdfLines(pdf.bytes);
    register.activities.forEach((activity, index) => {
      const at = lines.findIndex((line) => flat(lineText(line)).startsWith(flat(`${index + 1}. ${activity.title}`).slice(0, 12)));
      expect(at, activity.title).toBeGreaterThanOrEqual(0);
      // Its table's header row comes next, on the same page (pdftotext may cut a Thai line in pieces).
      const header = lines.slice(at + 1).find((line) => flat(lineText(line)).includes('หัวข้อ'));
      expect(header?.page, activity.title).toBe(lines[at]?.page);
    });
  });
});

