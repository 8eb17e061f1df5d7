import type { OfficeProfile } from '../../../../src-main/shared/domain/office-profile';
import { officeProfileRepo, useDbCommands } from '../../../data';

/** Writes to the office profile: the whole profile the first time, afterwards just the fields to change. */
export function useOfficeProfileCommands() {
  return useDbCommands((db) => ({ save: (profile: Partial<OfficeProfile>) => officeProfileRepo(db).save(profile) }));
}
