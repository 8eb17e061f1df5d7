import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { createInProcessRenderer } from '../pool';
import { coverageReportSamples } from '../samples/coverage-report-samples';
import { pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/\s+/g, '');

describe('the coverage report as a PDF', () => {
  it('reads back the title and period in พ.ศ., tone and source bars, top issues and response times in Thai', async () => {
    const sample = coverageReportSamples()[0]!;
    const pdf = await renderer.render(pdfRenderRequestSchema.parse(sample.request));
    const text = flat(await pdfText(pdf.bytes));
    for (const part of [
      'รายงานสรุปการวิเคราะห์ข่าว',
      'ประจำเดือนธันวาคม 2569',
      'ระหว่างวันที่ 1 ธันวาคม 2569 – 31 ธันวาคม 2569',
      'ข่าวที่ติดตามทั้งหมด 48 ข่าว',
      'ผู้เข้าถึงโดยประมาณ 1,254,300 คน',
      'บวก20 ข่าว (42%)',
      'ลบ16 ข่าว (33%)',
      'ออนไลน์14 ข่าว (29%)',
      '1000210,000',
      'ข่าวที่ไม่อยู่ในประเด็นใด 18 ข่าว',
      'เวลาถึงการชี้แจงครั้งแรก (มัธยฐาน)26 ชม. 10 นาที',
      'ชี้แจงภายใน 24 ชั่วโมง1 ประเด็น',
      'ฝุ่นละอองขนาดเล็กในอำเภอหาดใหญ่ (พบ 20 ธ.ค. 2569 07.30 น.)',
    ]) expect(text).toContain(flat(part));
  });
});
