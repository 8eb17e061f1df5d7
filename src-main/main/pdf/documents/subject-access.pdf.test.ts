import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { createInProcessRenderer } from '../pool';
import { sampleAttendance, sampleSubjectAccess } from '../samples/subject-access-samples';
import { pdfInfo, pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/\s+/g, '');

describe('the copy of a person’s data (PDPA s.30) as a PDF', () => {
  it('prints the request, the processing and every section with its records, in Thai', async () => {
    const copy = sampleSubjectAccess();
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: copy, options: { thaiDigits: false } }));
    const text = flat(await pdfText(pdf.bytes));
    expect(text).toContain(flat('สำเนาข้อมูลส่วนบุคคลตามคำขอใช้สิทธิเข้าถึง'));
    expect(text).toContain(flat('ตามมาตรา 30 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562'));
    expect(text).toContain(flat('จัดทำเมื่อ 24 สิงหาคม 2569'));
    expect(text).toContain(flat('คำขอเลขที่ 3/2569 รับเมื่อ 17 สิงหาคม 2569'));
    expect(text).toContain(flat('เจ้าของข้อมูล นางสาวกัญญาณัฐ ศรีสุวรรณวงศ์ (นักศึกษาฝึกงาน)'));
    expect(text).toContain(flat('สำเนาข้อมูลส่วนบุคคล · นางสาวกัญญาณัฐ ศรีสุวรรณวงศ์ · เปิดเผยเฉพาะเจ้าของข้อมูล'));
    expect(copy.processing.map((p) => p.title)).toEqual(['การรับนักศึกษาฝึกงาน']);
    for (const processing of copy.processing) {
      expect(text).toContain(flat(processing.title));
      expect(text).toContain(flat(processing.lawfulBasis));
      expect(text).toContain(flat(processing.retention));
    }
    copy.sections.forEach((section, i) => expect(text).toContain(flat(`${i + 1}. ${section.title} (${section.records.length} รายการ)`)));
    expect(text).toContain(flat('2. การลงเวลาปฏิบัติงาน (40 รายการ)'));
    expect(text).toContain(flat('5. ผลงานที่เชื่อมกับภารกิจ (0 รายการ) ไม่มีข้อมูล'));
    expect(text).toContain(flat('วันเริ่มฝึกงาน 1 มิถุนายน 2569'));
    expect(text).toContain(flat('สถานศึกษา มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตหาดใหญ่'));
    expect(text).toContain(flat('เวลาเข้า 08.20 น.'));
    expect(text).toContain(flat('ผู้ตรวจ -'));
    expect(text).toContain(flat('ผู้ควบคุมข้อมูลส่วนบุคคล'));
  });

  it('renders big sections whole: 300 attendance days, a record of 45 fields, a very long value', async () => {
    const copy = sampleSubjectAccess();
    copy.sections[1] = sampleAttendance(300);
    copy.sections.push(
      { title: 'ข้อมูลหลายช่อง', records: [{ heading: 'รายการเดียว', fields: Array.from({ length: 45 }, (_, i) => ({ label: `ช่องที่ ${i + 1}`, value: `ค่าที่ ${i + 1}` })) }] },
      { title: 'ข้อความยาว', records: [{ heading: 'บันทึกยาว', fields: [{ label: 'ข้อความ', value: `${'การประชาสัมพันธ์จังหวัดสงขลา '.repeat(600)}ท้ายข้อความ` }] }] },
    );
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: copy, options: { thaiDigits: false } }));
    const text = flat(await pdfText(pdf.bytes));
    expect(text).toContain(flat('2. การลงเวลาปฏิบัติงาน (300 รายการ)'));
    expect(text.match(/เวลาเข้า/g)).toHaveLength(300);
    // pdfmake drops an unbreakable block taller than a page: a record that long must flow on.
    expect(text).toContain(flat('6. ข้อมูลหลายช่อง (1 รายการ)'));
    expect(text).toContain(flat('ช่องที่ 1 ค่าที่ 1'));
    expect(text).toContain(flat('ช่องที่ 45 ค่าที่ 45'));
    expect(text).toContain(flat('ท้ายข้อความ'));
    expect((await pdfInfo(pdf.bytes)).pages).toBeGreaterThan(3);
    expect(text).toContain(flat('ผู้ควบคุมข้อมูลส่วนบุคคล'));
  }, 60_000);
});
