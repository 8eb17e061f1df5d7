import { liveRows, useLiveDbQuery, type StaffRecord } from '../../../data';

/** Ids of the staff who have a sign-in secret (the directory marks those without one). */
export function useStaffWithPin(): Set<string> | undefined {
  return useLiveDbQuery(async (db) => new Set((await liveRows(db.staffCredentials)).map((c) => c.staffId)));
}

/** Whether this staff member's personal data was erased (PDPA); false for none or while loading. */
export function useStaffErased(staff: StaffRecord | null): boolean {
  return useLiveDbQuery(async (db) => (staff ? (await db.dataErasures.where('[table+recordId]').equals(['staff', staff.id]).count()) > 0 : false), [staff]) ?? false;
}
