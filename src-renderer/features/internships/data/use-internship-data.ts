import { liveRow, liveRows, useLiveDbQuery, type AttendanceRecord, type InstitutionRecord, type InternEvaluationRecord, type InternRecord, type WorkLogRecord } from '../../../data';

export function useInstitutions(): InstitutionRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.institutions)).sort((a, b) => a.name.localeCompare(b.name, 'th')));
}

/** Interns, newest period first. */
export function useInterns(): InternRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await liveRows(db.interns)).sort((a, b) => b.startDate.localeCompare(a.startDate) || a.firstName.localeCompare(b.firstName, 'th')));
}

/** One intern; null when there is none by that id (or it was deleted), undefined while loading. */
export function useIntern(internId: string | undefined): InternRecord | null | undefined {
  return useLiveDbQuery(async (db) => (internId ? ((await liveRow(db.interns, internId)) ?? null) : null), [internId]);
}

/** Every live attendance day, grouped by intern. */
export function useAttendanceByIntern(): Map<string, AttendanceRecord[]> | undefined {
  return useLiveDbQuery(async (db) => {
    const map = new Map<string, AttendanceRecord[]>();
    for (const day of await liveRows(db.internAttendance)) map.set(day.internId, [...(map.get(day.internId) ?? []), day]);
    return map;
  });
}

/** The intern's work log, newest day first. */
export function useWorkLog(internId: string): WorkLogRecord[] | undefined {
  return useLiveDbQuery(async (db) => (await db.internWorkLogs.where('internId').equals(internId).toArray()).filter((l) => !l.deleted).sort((a, b) => b.date.localeCompare(a.date)), [internId]);
}

/** The intern's evaluation; null before the mentor saves one, undefined while loading. */
export function useInternEvaluation(internId: string): InternEvaluationRecord | null | undefined {
  return useLiveDbQuery(async (db) => (await db.internEvaluations.where('internId').equals(internId).toArray()).find((e) => !e.deleted) ?? null, [internId]);
}
