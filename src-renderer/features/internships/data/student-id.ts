import type { PrDeskDb } from '../../../data';

/** Another live intern of the same institution already has this student ID. */
export async function studentIdTaken(db: PrDeskDb, studentId: string, institutionId: string, exceptId: string | null): Promise<boolean> {
  const same = await db.interns.where('studentId').equals(studentId.trim()).toArray();
  return same.some((i) => !i.deleted && i.institutionId === institutionId && i.id !== exceptId);
}
