import type { WorkLog } from '../../../../src-main/shared/domain/internship';
import { workLogRepo, type PrDeskDb } from '../../../data';
import { linkRecord } from '../../missions/data';

/**
 * Saves a work-log entry; one done under a mission task is also recorded as work under that
 * mission, so the half-year report counts interns' work without anyone retyping it.
 */
export async function addWorkLog(db: PrDeskDb, entry: WorkLog): Promise<void> {
  const saved = await workLogRepo(db).create(entry);
  if (!entry.taskId) return;
  const task = await db.tasks.get(entry.taskId);
  if (!task) return;
  await linkRecord(
    db,
    { module: 'internship', recordId: saved.id, title: entry.text.slice(0, 200), date: entry.date },
    { missionId: task.missionId, taskId: task.id },
  );
}
