import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { surveyXlsx } from '../../src-main/main/exports/survey-xlsx';
import { createInProcessRenderer } from '../../src-main/main/pdf/pool';
import { ROUNDING_RULES } from '../../src-main/main/pdf/layout/rounding-note';
import { sampleSurveyReport } from '../../src-main/main/pdf/samples/survey-report-samples';
import { pdfText } from '../../src-main/main/pdf/testing/poppler';
import { surveySchema, type Survey } from '../../src-main/shared/domain/survey';
import { pdfRenderRequestSchema } from '../../src-main/shared/pdf/documents';
import { surveyReportDocument } from '../../src-renderer/features/surveys/model/report-document';
import { computeSurveyStats, percentages, type ResponseLike } from '../../src-renderer/features/surveys/model/statistics';
import { percentLabel, writeThaiSummary } from '../../src-renderer/features/surveys/model/summary';
import { FONT_DIR } from '../fixtures/thai-fixtures';

/**
 * Issue 22: one count of one n printed 13.34 in one table and 13.33 in another (largest-remainder
 * rounding moves a share by 0.01 depending on its neighbours; multiple choice was half up). Every
 * output now prints the one survey percentage: 2 decimals, half up.
 */
const options = (labels: string[]) => labels.map((label, i) => ({ code: i + 1, label }));
const question = (id: string, type: 'single' | 'multiple', labels: string[], profile: 'sex' | null = null) => ({
  id,
  sectionId: 's1',
  type,
  text: { sex: 'เพศ', district: 'อำเภอ', channels: 'ช่องทางที่รับข่าว' }[id] ?? id,
  required: false,
  options: options(labels),
  profile,
  showIf: null,
  min: null,
  max: null,
});
const survey: Survey = surveySchema.parse({
  title: 'แบบสอบถามการรับรู้ข่าวสาร',
  description: '',
  sections: [{ id: 's1', title: 'ข้อมูลทั่วไป' }],
  questions: [
    question('sex', 'single', ['ชาย', 'หญิง'], 'sex'),
    question('district', 'single', ['เมือง', 'บางใหญ่', 'บางบัวทอง', 'ไทรน้อย', 'ปากเกร็ด', 'บางกรวย']),
    question('channels', 'multiple', ['วิทยุ', 'LINE']),
  ],
  bandScheme: 'width050',
  version: 1,
  previousVersionId: null,
  locked: false,
  superseded: false,
});
// n = 15. ชาย 2, หญิง 13; five districts of 2 and one of 5; วิทยุ ticked by 2. Every "2" is 13.333…%.
const responses: ResponseLike[] = Array.from({ length: 15 }, (_, i) => ({
  status: 'final',
  answers: { sex: i < 2 ? 1 : 2, district: i < 10 ? 1 + Math.floor(i / 2) : 6, channels: i < 2 ? [1, 2] : [2] },
}));
const stats = computeSurveyStats(survey, responses);
const report = surveyReportDocument(survey, stats, { ...sampleSurveyReport(), preparedOn: '2026-03-31' });
const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/[\s\u200B]+/g, '');

describe('the same count of the same n prints the same percentage everywhere (issue 22)', () => {
  it('statistics: every 2 of 15 is 13.33 (half up), in single and multiple choice alike', () => {
    for (const q of stats.questions) for (const row of q.rows.filter((r) => r.count === 2)) expect(row.percent, `${q.question.id} ${row.label}`).toBe(13.33);
    expect(stats.questions.find((q) => q.question.id === 'district')?.rows.map((r) => r.percent)).toEqual([13.33, 13.33, 13.33, 13.33, 13.33, 33.33]);
    expect(percentages([1, 1, 1], 3)).toEqual([33.33, 33.33, 33.33]);
    expect(percentages([2, 1], 3)).toEqual([66.67, 33.33]);
  });

  it('on screen (the bar chart), in the summary, in the workbook and in the PDF', async () => {
    const district = stats.questions.find((q) => q.question.id === 'district');
    if (!district) throw new Error('no district');
    // The screen's bar chart labels each bar with percentLabel.
    expect(district.rows.map(percentLabel)).toEqual(['13.33% (2)', '13.33% (2)', '13.33% (2)', '13.33% (2)', '13.33% (2)', '33.33% (5)']);

    // Summary: the largest group of sex is หญิง 13 of 15 = 86.67.
    expect(writeThaiSummary('การรับรู้ข่าวสาร', stats)).toContain('เพศหญิง ร้อยละ 86.67');

    const workbook = await readSheet(Buffer.from(await surveyXlsx(report, [['serial']])), 'ผลการสำรวจ');
    // Frequency rows: label · code · count · ร้อยละ.
    const twos = workbook.filter((row) => row[2] === 2 && typeof row[3] === 'number').map((row) => row[3]);
    expect(twos.length).toBeGreaterThanOrEqual(7);
    expect(new Set(twos)).toEqual(new Set([13.33]));

    const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: report, options: { thaiDigits: false } }));
    const text = await pdfText(pdf.bytes);
    expect(text).not.toContain('13.34');
    expect(text.match(/ 2 13\.3\d/g)).toEqual(Array(7).fill(' 2 13.33'));
    // The total row says 100.00 for a partition (the rows are rounded on their own and may not add up).
    expect(text).toMatch(/รวม 15 100\.00/);
    // The printed rule is the one applied.
    expect(flat(text)).toContain(flat(ROUNDING_RULES.surveyHalfUp));
    expect(ROUNDING_RULES.surveyHalfUp).toContain('ปัดครึ่งขึ้น');
    expect(ROUNDING_RULES.surveyHalfUp).not.toContain('เศษเหลือมากที่สุด');
  });
});
