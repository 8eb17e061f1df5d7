import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../../../src-main/shared/domain/internship';
import { dataErasureRepo, institutionRepo, internRepo, workLogRepo } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { saveAttendance } from './attendance-actions';
import { eraseIntern } from './intern-privacy';
import { sampleIntern } from './intern-fixtures';

describe('intern personal data', () => {
  it('erases the intern for good and records the erasure', async () => {
    const { db } = await openTestDb();
    const institution = await institutionRepo(db).create({
      name: 'มหาวิทยาลัยสงขลานครินทร์',
      faculty: 'คณะวิทยาการจัดการ',
      coordinatorName: '',
      coordinatorPhone: '',
      coordinatorEmail: '',
      requiredHours: 280,
      criteria: [...DEFAULT_CRITERIA],
    });
    const photoBlobId = 'f'.repeat(64);
    const intern = await internRepo(db).create({ ...sampleIntern(institution.id), photoBlobId });
    await saveAttendance(db, [{ internId: intern.id, date: '2026-06-01', kind: 'present', checkIn: '08:30', checkOut: '16:30', overnight: false, breakMinutes: 60, note: '' }]);
    await workLogRepo(db).create({ internId: intern.id, date: '2026-06-01', text: 'ถ่ายภาพกิจกรรมวันสิ่งแวดล้อมโลก', taskId: null, approvedBy: null, approvedAt: null });

    const erasedFiles = await eraseIntern(db, intern.id, 'ครบกำหนดเก็บรักษาข้อมูล 1 ปี', '2027-08-01T02:00:00.000Z');
    // Her photo file is handed back to leave main's blob store too, not only the reference.
    expect(erasedFiles).toEqual([photoBlobId]);
    expect((await internRepo(db).get(intern.id))?.photoBlobId).toBeNull();
    const after = await internRepo(db).get(intern.id);
    expect(after).toMatchObject({ firstName: 'ลบข้อมูลส่วนบุคคลแล้ว', phone: '', erasedAt: '2027-08-01T02:00:00.000Z', startDate: '2026-06-01' });
    expect(await workLogRepo(db).list()).toHaveLength(0);
    // Not only hidden: the removed work log's text is gone from the row too.
    expect(JSON.stringify(await db.internWorkLogs.toArray())).not.toContain('ถ่ายภาพกิจกรรม');
    // Nothing left in this workstation's history either.
    expect(JSON.stringify(await db.outbox.toArray())).not.toContain('กนกวรรณ');
    expect(JSON.stringify(await db.outbox.toArray())).not.toContain('ถ่ายภาพกิจกรรม');
    const [erasure] = await dataErasureRepo(db).list();
    expect(erasure).toMatchObject({ table: 'interns', recordId: intern.id, reason: 'ครบกำหนดเก็บรักษาข้อมูล 1 ปี' });
    expect(JSON.stringify(erasure)).not.toContain('กนกวรรณ');
  });
});
