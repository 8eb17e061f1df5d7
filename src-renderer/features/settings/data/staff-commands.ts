import { createAndUpdate, staffRepo, useDbCommands } from '../../../data';
import { eraseFormerStaff } from './staff-privacy';

/** Writes to the staff directory. */
export function useStaffCommands() {
  return useDbCommands((db) => ({
    ...createAndUpdate(db, staffRepo),
    /** Archive: the record stays (old work still names them) and can be restored. */
    remove: (id: string) => staffRepo(db).remove(id),
    restore: (id: string) => staffRepo(db).restore(id),
    /** PDPA erasure of someone who left; returns the files for main to remove. */
    eraseFormer: (id: string, reason: string) => eraseFormerStaff(db, id, reason),
  }));
}
