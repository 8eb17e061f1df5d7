import { v5 as uuidv5 } from 'uuid';
import type { Attendance } from '../../../../src-main/shared/domain/internship';
import { attendanceRepo, type PrDeskDb } from '../../../data';

const ATTENDANCE_NAMESPACE = '8d0f3c8e-3c1a-4b8e-a7a4-52a4b5a1f0c9';

/** One id per intern per day, the same on every workstation. */
export function attendanceId(internId: string, date: string): string {
  return uuidv5(`${internId}:${date}`, ATTENDANCE_NAMESPACE);
}

/**
 * Saves a batch of days (the weekly grid) in one transaction: each day replaces that intern's
 * record for the date, so entering a day again corrects it rather than adding hours twice.
 */
export async function saveAttendance(db: PrDeskDb, days: readonly Attendance[]): Promise<void> {
  const repo = attendanceRepo(db);
  await db.transaction('rw', db.internAttendance, async () => {
    for (const day of days) {
      const id = attendanceId(day.internId, day.date);
      const existing = await db.internAttendance.get(id);
      if (!existing) await repo.createWithId(id, day);
      else {
        if (existing.deleted) await repo.restore(id);
        await repo.update(id, day);
      }
    }
  });
}
