import { dataErasureSchema, type DataErasure } from '../../src-main/shared/domain/data-erasure';
import {
  attendanceSchema,
  institutionSchema,
  internEvaluationSchema,
  internSchema,
  workLogSchema,
  type Attendance,
  type Institution,
  type Intern,
  type InternEvaluation,
  type WorkLog,
} from '../../src-main/shared/domain/internship';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

export const institutionRepo = (db: PrDeskDb) => createRepository<Institution>(db, 'institutions', institutionSchema);
export const internRepo = (db: PrDeskDb) => createRepository<Intern>(db, 'interns', internSchema);
export const attendanceRepo = (db: PrDeskDb) => createRepository<Attendance>(db, 'internAttendance', attendanceSchema);
export const workLogRepo = (db: PrDeskDb) => createRepository<WorkLog>(db, 'internWorkLogs', workLogSchema);
export const internEvaluationRepo = (db: PrDeskDb) => createRepository<InternEvaluation>(db, 'internEvaluations', internEvaluationSchema);
export const dataErasureRepo = (db: PrDeskDb) => createRepository<DataErasure>(db, 'dataErasures', dataErasureSchema);
