import { staffDisplayName } from '../../../../src-main/shared/domain/staff';
import { liveRows, useLiveDbQuery, type StaffRecord } from '../../../data';

/** Everyone on the staff list who is not deleted (former staff included: their names still show on old work). */
export function useStaff(): StaffRecord[] | undefined {
  return useLiveDbQuery((db) => liveRows(db.staff));
}

/** Every staff row, archived (deleted) ones too: the directory lists them under its "archived" filter. */
export function useStaffIncludingArchived(): StaffRecord[] | undefined {
  return useLiveDbQuery((db) => db.staff.toArray());
}

/** Staff id → "นายสมชาย ใจดี", for "who approved", "who wrote" (deleted staff too: old records name them). */
export function useStaffNames(): Map<string, string> {
  return useLiveDbQuery(async (db) => new Map((await db.staff.toArray()).map((s) => [s.id, staffDisplayName(s)]))) ?? EMPTY;
}
const EMPTY = new Map<string, string>();
