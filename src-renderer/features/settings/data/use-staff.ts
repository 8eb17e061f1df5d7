import { useLiveQuery } from 'dexie-react-hooks';
import { staffDisplayName } from '../../../../src-main/shared/domain/staff';
import { liveRows, useDb, type StaffRecord } from '../../../data';

/** Everyone on the staff list who is not deleted (former staff included: their names still show on old work). */
export function useStaff(): StaffRecord[] | undefined {
  const db = useDb();
  return useLiveQuery(() => liveRows(db.staff), [db]);
}

/** Staff id → "นายสมชาย ใจดี", for "who approved", "who wrote" (deleted staff too: old records name them). */
export function useStaffNames(): Map<string, string> {
  const db = useDb();
  return useLiveQuery(async () => new Map((await db.staff.toArray()).map((s) => [s.id, staffDisplayName(s)])), [db]) ?? EMPTY;
}
const EMPTY = new Map<string, string>();
