import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA } from '../../../../src-main/shared/domain/internship';
import { attendanceRepo, institutionRepo, internRepo } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { attendanceId, saveAttendance } from './attendance-actions';
import { sampleIntern } from './intern-fixtures';
import { studentIdTaken } from './student-id';

const present = (internId: string, date: string, checkOut = '16:30') => ({
  internId,
  date,
  kind: 'present' as const,
  checkIn: '08:30',
  checkOut,
  overnight: false,
  breakMinutes: 60,
  note: '',
});

describe('attendance and interns', () => {
  it('keeps one record per intern per day: entering a day again corrects it', async () => {
    const { db } = await openTestDb();
    const internId = '0190a000-0000-7000-8000-00000000f001';
    await saveAttendance(db, [present(internId, '2026-06-01'), present(internId, '2026-06-02')]);
    await saveAttendance(db, [present(internId, '2026-06-01', '17:30')]);
    const days = await attendanceRepo(db).list();
    expect(days).toHaveLength(2);
    expect((await attendanceRepo(db).get(attendanceId(internId, '2026-06-01')))?.checkOut).toBe('17:30');
  });

  it('finds a duplicate student ID within the same institution only', async () => {
    const { db } = await openTestDb();
    const base = { faculty: '', coordinatorName: '', coordinatorPhone: '', coordinatorEmail: '', requiredHours: 280, criteria: [...DEFAULT_CRITERIA] };
    const psu = await institutionRepo(db).create({ ...base, name: 'มหาวิทยาลัยสงขลานครินทร์' });
    const tsu = await institutionRepo(db).create({ ...base, name: 'มหาวิทยาลัยทักษิณ' });
    const intern = await internRepo(db).create(sampleIntern(psu.id));
    expect(await studentIdTaken(db, ' 6410110123 ', psu.id, null)).toBe(true);
    expect(await studentIdTaken(db, '6410110123', psu.id, intern.id)).toBe(false);
    expect(await studentIdTaken(db, '6410110123', tsu.id, null)).toBe(false);
  });
});
