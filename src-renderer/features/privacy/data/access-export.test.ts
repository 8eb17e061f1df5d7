import { describe, expect, it } from 'vitest';
import type { OfficeProfile } from '../../../../src-main/shared/domain/office-profile';
import { pdfRenderRequestSchema } from '../../../../src-main/shared/pdf/documents';
import { ERASED_TEXT } from '../../../../src-main/shared/pdpa/personal-fields';
import { attendanceRepo, erasePerson, institutionRepo, internEvaluationRepo, internRepo, staffRepo, workLogRepo } from '../../../data';
import { SOMCHAI, TEST_INSTITUTION, openTestDb, testAttendance, testIntern, testWorkLog } from '../../../data/test-db';
import { accessExportFits, buildAccessExport } from './access-export';
import { dataRequestRows, openDataRequests } from '../model/data-requests';
import { createDataRequest } from './data-request-commands';

const PROFILE: OfficeProfile = {
  officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
  province: 'สงขลา',
  address: 'ถนนราชดำเนิน อำเภอเมืองสงขลา',
  phone: '074-311-234',
  email: '',
  directorName: 'นายวิทยา ศรีสงขลา',
  directorTitle: 'ผู้อำนวยการสำนักงานประชาสัมพันธ์จังหวัดสงขลา',
  logoBlobId: null,
  thaiDigits: false,
};
const LETTERHEAD = { officeName: PROFILE.officeName, province: PROFILE.province, address: PROFILE.address, phone: PROFILE.phone, email: '', logo: null };

async function officeWithIntern() {
  const { db } = await openTestDb();
  const institution = await institutionRepo(db).create(TEST_INSTITUTION);
  const mentor = await staffRepo(db).create(SOMCHAI);
  const account = await staffRepo(db).create({ ...SOMCHAI, title: 'นางสาว', firstName: 'กัญญาณัฐ', lastName: 'ศรีสุวรรณวงศ์', role: 'intern', phone: '0812345678', email: 'kanyanat@example.ac.th' });
  const intern = await internRepo(db).create(
    testIntern(institution.id, { firstName: 'กัญญาณัฐ', lastName: 'ศรีสุวรรณวงศ์', phone: '0812345678', email: 'kanyanat@example.ac.th', mentorId: mentor.id, staffId: account.id }),
  );
  const other = await internRepo(db).create(testIntern(institution.id, { firstName: 'ปิยะนุช', lastName: 'ทองดี', studentId: '6410110456' }));
  for (const date of ['2026-06-02', '2026-06-01']) await attendanceRepo(db).create(testAttendance(intern.id, date));
  await attendanceRepo(db).create(testAttendance(other.id, '2026-06-01', { note: 'ปิยะนุชมาสาย' }));
  await workLogRepo(db).create(testWorkLog(intern.id, '2026-06-01', 'ถ่ายภาพงานกาชาด', { approvedBy: mentor.id, approvedAt: '2026-06-01T09:00:00.000Z' }));
  await internEvaluationRepo(db).create({ internId: intern.id, evaluatorId: mentor.id, date: '2026-07-31', scores: [{ criterionId: 'manner', score: 5, comment: '' }], overallComment: 'ผ่าน' });
  const request = await createDataRequest(db, {
    receivedDate: '2026-08-10',
    channel: 'walk-in',
    kind: 'access',
    requesterName: 'นางสาวกัญญาณัฐ ศรีสุวรรณวงศ์',
    requesterContact: '0812345678',
    onBehalf: false,
    identityCheck: 'บัตรประจำตัวประชาชน',
    subjectTable: 'interns',
    subjectId: intern.id,
    details: 'ขอสำเนาข้อมูลการฝึกงานทั้งหมด',
    status: 'received',
    answeredDate: null,
    answer: '',
    handledBy: null,
  });
  return { db, intern, request };
}

describe('the access export (PDPA s.30)', () => {
  it('holds every record about her on this workstation, in Thai, and nothing about anyone else', async () => {
    const { db, request } = await officeWithIntern();
    const [row] = dataRequestRows([request], '2026-08-20');
    expect(row).toMatchObject({ number: '1/2569', deadline: { state: 'on-track', dueDate: '2026-09-09', daysLeft: 20 } });
    const made = await buildAccessExport(db, request, '1/2569', PROFILE, LETTERHEAD, '2026-08-20');

    expect(made.document.subject).toEqual({ kindLabel: 'นักศึกษาฝึกงาน', name: 'นางสาวกัญญาณัฐ ศรีสุวรรณวงศ์' });
    expect(made.document.sections.map((s) => [s.title, s.records.length])).toEqual([
      ['ข้อมูลเจ้าหน้าที่และบัญชีผู้ใช้', 1],
      ['ข้อมูลนักศึกษาฝึกงาน', 1],
      ['การลงเวลาปฏิบัติงาน', 2],
      ['บันทึกการปฏิบัติงาน', 1],
      ['ผลการประเมินการฝึกงาน', 1],
      ['คำขอใช้สิทธิเกี่ยวกับข้อมูลส่วนบุคคล', 1],
    ]);
    const text = JSON.stringify(made.document);
    // Names in place of ids; Buddhist-era dates; Thai words for codes.
    expect(text).toContain('"label":"พี่เลี้ยง","value":"นายสมชาย ใจดี"');
    expect(text).toContain('"label":"ผู้รับรอง","value":"นายสมชาย ใจดี"');
    expect(text).toContain('"heading":"1 มิถุนายน 2569"');
    expect(text).toContain('"label":"สถานศึกษา","value":"มหาวิทยาลัยทักษิณ"');
    expect(text).toContain('บุคลิกภาพและมารยาท: 5');
    expect(text).not.toContain('ปิยะนุช');
    expect(made.document.processing.map((p) => p.title)).toContain('การรับนักศึกษาฝึกงาน');
    // What main will accept and print.
    expect(pdfRenderRequestSchema.safeParse({ document: made.document, options: { thaiDigits: false } }).success).toBe(true);
    const json = JSON.parse(made.json) as Record<string, unknown>;
    expect(json).toMatchObject({ คำขอเลขที่: '1/2569', เจ้าของข้อมูล: { ชื่อ: 'นางสาวกัญญาณัฐ ศรีสุวรรณวงศ์' } });
    expect(Object.keys(json.ข้อมูล as object)).toContain('การลงเวลาปฏิบัติงาน');
  });

  it('counts an open request on the dashboard until it is answered, and flags it once 30 days have passed', async () => {
    const { request } = await officeWithIntern();
    expect(openDataRequests(dataRequestRows([request], '2026-09-10'))[0]?.deadline.state).toBe('overdue');
    const answered = { ...request, status: 'answered' as const, answeredDate: '2026-08-25', answer: 'ส่งสำเนาข้อมูลให้แล้ว' };
    expect(openDataRequests(dataRequestRows([answered], '2026-09-10'))).toEqual([]);
  });
});

describe('a request and the erasure of its person', () => {
  it('keeps the log (kind, dates, status) and reduces who asked, like the rest of her data', async () => {
    const { db, intern, request } = await officeWithIntern();
    await erasePerson(db, { table: 'interns', recordId: intern.id, reason: 'ตามคำขอของเจ้าของข้อมูล' });
    const after = await db.dataRequests.get(request.id);
    expect(after).toMatchObject({ kind: 'access', receivedDate: '2026-08-10', status: 'received', requesterName: ERASED_TEXT, requesterContact: '', details: ERASED_TEXT });
    expect(JSON.stringify(after)).not.toContain('กัญญาณัฐ');
  });
});

describe('an access export too large for one PDF', () => {
  it('is told before the click: the PDF is refused past 10,000 records of one kind, the data file still fits', async () => {
    const { db, request } = await officeWithIntern();
    const made = await buildAccessExport(db, request, '1/2569', PROFILE, LETTERHEAD, '2026-08-20');
    expect(accessExportFits(made)).toEqual({ pdf: true, json: true });
    const [section] = made.document.sections;
    const record = section?.records[0];
    if (!section || !record) throw new Error('a section');
    const crowded = { ...made, document: { ...made.document, sections: [{ ...section, records: Array.from({ length: 10_001 }, () => record) }] } };
    expect(accessExportFits(crowded)).toEqual({ pdf: false, json: true });
    expect(accessExportFits({ ...made, json: 'x'.repeat(32 * 1024 * 1024 + 1) }).json).toBe(false);
  });
});

