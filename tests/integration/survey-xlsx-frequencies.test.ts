import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { surveyXlsx } from '../../src-main/main/exports/survey-xlsx';
import { sampleSurveyReport } from '../../src-main/main/pdf/samples/survey-report-samples';
import { surveyReportDocumentSchema } from '../../src-main/shared/pdf/survey-report';
import { surveyReportDocument } from '../../src-renderer/features/surveys/model/report-document';
import { computeSurveyStats, type ResponseLike } from '../../src-renderer/features/surveys/model/statistics';
import { templateSurvey } from '../../src-renderer/features/surveys/model/test-survey';

// Issue 22: the workbook carries n per section and, per item, the count and ร้อยละ of every answer code.
const survey = templateSurvey('satisfaction');
const final = (answers: ResponseLike['answers']): ResponseLike => ({ status: 'final', answers });
const responses = [
  final({ sex: 1, q1: 5, q2: 4, q3: 5, q4: 5, q5: 3 }),
  final({ sex: 2, q1: 4, q2: 4, q3: 5, q4: 4, q5: 2 }),
  final({ sex: 2, q1: 5, q3: 4, q4: 4, q5: 3 }), // q2 left blank
];
const { letterhead, signer } = sampleSurveyReport();
const report = surveyReportDocumentSchema.parse(surveyReportDocument(survey, computeSurveyStats(survey, responses), { letterhead, signer, preparedOn: '2026-03-31' }));

describe('the survey workbook (issue 22)', () => {
  it('gives each section its n (answers pooled) and the overall n', async () => {
    const rows = await readSheet(Buffer.from(await surveyXlsx(report, [['serial']])), 'ผลการสำรวจ');
    const row = (text: string) => rows.find((r) => r[0] === text);
    expect(row('ด้านกระบวนการให้บริการ')?.slice(1, 3)).toEqual([5, 4.4]); // q1 3 + q2 2 answers: 5,4,5,4,4 = 22/5
    expect(row('ด้านเจ้าหน้าที่ผู้ให้บริการ')?.[1]).toBe(6);
    expect(row('ด้านสิ่งอำนวยความสะดวก')?.[1]).toBe(3);
    expect(row('ภาพรวม')?.[1]).toBe(14);
  });
  it('has a frequency table per rating item: code, count and ร้อยละ of every answer code, and the total', async () => {
    const rows = await readSheet(Buffer.from(await surveyXlsx(report, [['serial']])), 'ผลการสำรวจ');
    const at = rows.findIndex((r) => r[0] === 'ความรวดเร็วในการให้บริการ' && r[1] === 'รหัส');
    expect(at).toBeGreaterThan(0);
    expect(rows.slice(at, at + 7).map((r) => r.slice(0, 4))).toEqual([
      ['ความรวดเร็วในการให้บริการ', 'รหัส', 'จำนวน', 'ร้อยละ'],
      ['มากที่สุด', 5, 0, 0],
      ['มาก', 4, 2, 100],
      ['ปานกลาง', 3, 0, 0],
      ['น้อย', 2, 0, 0],
      ['น้อยที่สุด', 1, 0, 0],
      ['รวม', null, 2, 100],
    ]);
    // Every rating item has its table, and the profile tables carry codes too.
    for (const q of survey.questions.filter((x) => x.type === 'rating')) expect(rows.some((r) => r[0] === q.text && r[1] === 'รหัส')).toBe(true);
    const sex = rows.findIndex((r) => r[0] === 'เพศ' && r[1] === 'รหัส');
    expect(rows.slice(sex + 1, sex + 3).map((r) => r.slice(0, 4))).toEqual([
      ['ชาย', 1, 1, 33.33],
      ['หญิง', 2, 2, 66.67],
    ]);
  });
});
