import { v5 as uuidv5 } from 'uuid';

const ATTENDANCE_NAMESPACE = '8d0f3c8e-3c1a-4b8e-a7a4-52a4b5a1f0c9';

/** One id per intern per day, the same on every workstation. */
export function attendanceId(internId: string, date: string): string {
  return uuidv5(`${internId}:${date}`, ATTENDANCE_NAMESPACE);
}
