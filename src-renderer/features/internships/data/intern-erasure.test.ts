import { describe, expect, it } from 'vitest';
import { dataErasureRepo, institutionRepo, internRepo, workLogRepo } from '../../../data';
import { TEST_INSTITUTION, openTestDb, testAttendance, testWorkLog } from '../../../data/test-db';
import { sampleIntern } from '../model/intern-fixtures';
import { saveAttendance } from './attendance-commands';
import { eraseIntern } from './intern-erasure';

describe('intern personal data', () => {
  it('erases the intern for good and records the erasure', async () => {
    const { db } = await openTestDb();
    const institution = await institutionRepo(db).create(TEST_INSTITUTION);
    const photoBlobId = 'f'.repeat(64);
    const intern = await internRepo(db).create({ ...sampleIntern(institution.id), photoBlobId });
    await saveAttendance(db, [testAttendance(intern.id, '2026-06-01')]);
    await workLogRepo(db).create(testWorkLog(intern.id, '2026-06-01', 'ถ่ายภาพกิจกรรมวันสิ่งแวดล้อมโลก'));

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
