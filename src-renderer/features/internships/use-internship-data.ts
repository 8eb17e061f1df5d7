import { useLiveQuery } from 'dexie-react-hooks';
import type { AttendanceRecord, InstitutionRecord, InternRecord } from '../../data';
import { useAppData } from '../../session/app-data';

const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);

export function useInstitutions(): InstitutionRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => live(await db.institutions.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'th')), [db]);
}

/** Interns, newest period first. */
export function useInterns(): InternRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => live(await db.interns.toArray()).sort((a, b) => b.startDate.localeCompare(a.startDate) || a.firstName.localeCompare(b.firstName, 'th')), [db]);
}

/** Every live attendance day, grouped by intern. */
export function useAttendanceByIntern(): Map<string, AttendanceRecord[]> | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => {
    const map = new Map<string, AttendanceRecord[]>();
    for (const day of live(await db.internAttendance.toArray())) map.set(day.internId, [...(map.get(day.internId) ?? []), day]);
    return map;
  }, [db]);
}
