import { erasePersonWithEdit, staffRepo, type PrDeskDb } from '../../../data';

/** Erasing someone still working here would take their sign-in and contacts from under them. */
export class StaffStillActiveError extends Error {
  constructor() {
    super('staff-still-active');
    this.name = 'StaffStillActiveError';
  }
}

/**
 * PDPA erasure of a former staff member (personal-fields.ts, `staff`): their phone, e-mail and
 * sign-in secret go, on every workstation after sync. Their title, name and position stay: they
 * sign and appear in the office's official documents, which the registry rules keep
 * (OFFICIAL_RECORD), and so do their task comments. Only someone no longer working here (active
 * off) is erased; the record stays off. Returns the files to remove from main's store.
 */
export async function eraseFormerStaff(db: PrDeskDb, staffId: string, reason: string): Promise<string[]> {
  const record = await db.staff.get(staffId);
  if (record?.active) throw new StaffStillActiveError();
  return erasePersonWithEdit(db, { table: 'staff', recordId: staffId, reason }, staffRepo, { active: false });
}
