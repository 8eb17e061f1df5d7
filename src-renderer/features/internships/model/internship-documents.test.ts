import { describe, expect, it } from 'vitest';
import { internEvaluationDocumentSchema, internshipCertificateDocumentSchema } from '../../../../src-main/shared/pdf/internship';
import { buildCertificates, buildEvaluationDocument } from './internship-documents';
import { TEST_INSTITUTION, testAttendance } from '../../../data/test-db';
import { sampleIntern } from './intern-fixtures';

const institutionId = '0190a000-0000-7000-8000-00000000a001';
const intern = { ...sampleIntern(institutionId), id: '0190a000-0000-7000-8000-00000000b001' };
const context = {
  institutions: new Map([[institutionId, { ...TEST_INSTITUTION, name: 'มหาวิทยาลัยสงขลานครินทร์', faculty: 'คณะวิทยาการจัดการ' }]]),
  attendance: new Map([[intern.id, [testAttendance(intern.id, '2026-06-01')]]]),
  workGroupName: () => 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร',
  today: '2026-08-01',
};
const letterhead = { officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา', province: 'สงขลา', address: '', phone: '', email: '', logo: null };

describe('internship documents', () => {
  it('builds valid certificates with hours from attendance and English names', () => {
    const doc = buildCertificates([intern], context, { letterhead, signer: { name: 'นายสมชาย ใจดี', position: 'ผู้อำนวยการ' }, documentNumber: 'สข 0017/55' });
    expect(internshipCertificateDocumentSchema.parse(doc).interns[0]).toMatchObject({ fullName: 'นางสาวกนกวรรณ ศรีสุข', fullNameEn: 'Miss Kanokwan Srisuk', hours: 7, institution: 'มหาวิทยาลัยสงขลานครินทร์' });
  });

  it('puts scores in the form’s order, unscored as 0, never above the maximum', () => {
    const doc = buildEvaluationDocument(
      intern,
      { internId: intern.id, evaluatorId: null, date: '2026-07-31', overallComment: 'ตั้งใจทำงานดีมาก', scores: [{ criterionId: 'skill', score: 9, comment: 'ถ่ายภาพข่าวได้ดี' }] },
      context,
      { letterhead, evaluator: { name: 'นางสาวพี่เลี้ยง ใจดี', position: 'นักประชาสัมพันธ์ชำนาญการ' } },
    );
    expect(internEvaluationDocumentSchema.parse(doc).rows.map((r) => r.score)).toEqual([0, 0, 5, 0, 0, 0]);
    expect(doc.rows[2]?.comment).toBe('ถ่ายภาพข่าวได้ดี');
  });
});
