import type { Attendance } from '../../../../src-main/shared/domain/internship';
import { attendanceRepo, type PrDeskDb } from '../../../data';
import { attendanceId } from '../model/attendance-id';

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
