import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { SURVEY_SD_METHOD_NOTE } from '../../../shared/pdf/survey-report';
import { createInProcessRenderer } from '../pool';
import { sampleSurveyReport } from '../samples/survey-report-samples';
import { pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/\s+/g, '');

describe('the survey report as a PDF', () => {
  it('reads back the title, พ.ศ. date, mean/S.D./ระดับ rows, profile tables, comments and the summary', async () => {
    const report = sampleSurveyReport();
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: report, options: { thaiDigits: false } }));
    const text = flat(await pdfText(pdf.bytes));
    expect(text).toContain(flat('รายงานผลการสำรวจ'));
    expect(text).toContain(flat('ข้อมูล ณ วันที่ 31 มีนาคม 2569'));
    expect(text).toContain(flat('ค่าเฉลี่ย S.D. ระดับ'));
    expect(text).toContain(flat('1. เจ้าหน้าที่พูดจาสุภาพ อัธยาศัยดี 4.52 0.51 มากที่สุด'));
    expect(text).toContain(flat('ภาพรวม 4.03 0.74 มาก'));
    expect(text).toContain(flat('หญิง 16 51.61'));
    expect(text).toContain(flat('ควรเพิ่มที่จอดรถสำหรับผู้มาติดต่อ'));
    expect(text).toContain(flat('4.51–5.00 หมายถึง มากที่สุด'));
    expect(text).toContain(flat(report.summary).slice(0, 60));
  });

  it('says how the section and overall S.D. are computed: pooled over every answer, not the mean of item S.D.s (issue 22)', async () => {
    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: sampleSurveyReport(), options: { thaiDigits: false } }));
    const text = flat(await pdfText(pdf.bytes));
    expect(SURVEY_SD_METHOD_NOTE).toContain('ไม่ใช่ค่าเฉลี่ยของ S.D. รายข้อ');
    expect(text).toContain(flat(SURVEY_SD_METHOD_NOTE));
  });
});
