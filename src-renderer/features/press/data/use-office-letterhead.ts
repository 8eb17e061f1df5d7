import type { Letterhead } from '../../../../src-main/shared/pdf/document-parts';
import { officeProfileRepo, useDbCommands } from '../../../data';
import { loadLetterhead } from '../../documents/data';

/**
 * The office's letterhead for a release printed now, or null while the office profile has no
 * name (the PDF then asks for the profile). Read at the click, not from a live query that may
 * still be loading.
 */
export function useLoadOfficeLetterhead(): () => Promise<Letterhead | null> {
  return useDbCommands((db) => async () => {
    const profile = await officeProfileRepo(db).get();
    return profile?.officeName ? loadLetterhead(profile) : null;
  });
}
