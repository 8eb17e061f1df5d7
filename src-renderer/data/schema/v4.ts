import { SCHEMA_V3 } from './v3';

/**
 * Version 4: internships (issue 7). Attendance has one record per intern per day (its id is
 * derived from both), so a day typed on two workstations merges instead of counting twice.
 * `dataErasures` records each PDPA erasure: what was erased, when and by whom — not the data.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  institutions: 'id, name',
  interns: 'id, institutionId, studentId, status, startDate, endDate, mentorId',
  internAttendance: 'id, internId, date, [internId+date]',
  internWorkLogs: 'id, internId, date, taskId',
  internEvaluations: 'id, internId',
  dataErasures: 'id, [table+recordId]',
} as const;
