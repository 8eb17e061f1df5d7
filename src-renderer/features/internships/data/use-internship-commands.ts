import type { Attendance, Institution, Intern, InternEvaluation, WorkLog } from '../../../../src-main/shared/domain/internship';
import { attendanceRepo, institutionRepo, internEvaluationRepo, internRepo, useDbCommands, workLogRepo } from '../../../data';
import { saveAttendance } from './attendance-commands';
import { eraseIntern } from './intern-erasure';
import { studentIdTaken } from './student-id';
import { addWorkLog } from './work-log-commands';

/** Every write the internship pages make, bound to the open database. */
export function useInternshipCommands() {
  return useDbCommands((db) => ({
    /** Another live intern of the same institution already has this student ID. */
    studentIdTaken: (studentId: string, institutionId: string, exceptId: string | null) => studentIdTaken(db, studentId, institutionId, exceptId),
    /** Registers a new intern (id null) or saves an existing one. */
    saveIntern: (id: string | null, values: Intern) => (id ? internRepo(db).update(id, values) : internRepo(db).create(values)),
    saveInstitution: (id: string | null, values: Institution) => (id ? institutionRepo(db).update(id, values) : institutionRepo(db).create(values)),
    /** The weekly grid: the days typed, then the days emptied (by their attendance ids). */
    saveAttendanceWeek: async (days: readonly Attendance[], clearedIds: readonly string[]) => {
      await saveAttendance(db, days);
      for (const id of clearedIds) await attendanceRepo(db).remove(id);
    },
    addWorkLog: (entry: WorkLog) => addWorkLog(db, entry),
    approveWorkLog: (id: string, approvedBy: string) => workLogRepo(db).update(id, { approvedBy, approvedAt: new Date().toISOString() }),
    /** Saves the mentor's scores: over the saved evaluation when there is one. */
    saveEvaluation: (savedId: string | null, evaluation: InternEvaluation) => (savedId ? internEvaluationRepo(db).update(savedId, evaluation) : internEvaluationRepo(db).create(evaluation)),
    eraseIntern: (internId: string, reason: string, erasedAt: string) => eraseIntern(db, internId, reason, erasedAt),
  }));
}
