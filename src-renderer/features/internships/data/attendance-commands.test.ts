import { describe, expect, it } from 'vitest';
import { attendanceRepo, institutionRepo, internRepo } from '../../../data';
import { TEST_INSTITUTION, openTestDb, testAttendance } from '../../../data/test-db';
import { attendanceId } from '../model/attendance-id';
import { sampleIntern } from '../model/intern-fixtures';
import { saveAttendance } from './attendance-commands';
import { studentIdTaken } from './student-id';

describe('attendance and interns', () => {
  it('keeps one record per intern per day: entering a day again corrects it', async () => {
    const { db } = await openTestDb();
    const internId = '0190a000-0000-7000-8000-00000000f001';
    await saveAttendance(db, [testAttendance(internId, '2026-06-01'), testAttendance(internId, '2026-06-02')]);
    await saveAttendance(db, [testAttendance(internId, '2026-06-01', { checkOut: '17:30' })]);
    const days = await attendanceRepo(db).list();
    expect(days).toHaveLength(2);
    expect((await attendanceRepo(db).get(attendanceId(internId, '2026-06-01')))?.checkOut).toBe('17:30');
  });

  it('finds a duplicate student ID within the same institution only', async () => {
    const { db } = await openTestDb();
    const psu = await institutionRepo(db).create({ ...TEST_INSTITUTION, name: 'มหาวิทยาลัยสงขลานครินทร์' });
    const tsu = await institutionRepo(db).create(TEST_INSTITUTION);
    const intern = await internRepo(db).create(sampleIntern(psu.id));
    expect(await studentIdTaken(db, ' 6410110123 ', psu.id, null)).toBe(true);
    expect(await studentIdTaken(db, '6410110123', psu.id, intern.id)).toBe(false);
    expect(await studentIdTaken(db, '6410110123', tsu.id, null)).toBe(false);
  });
});
