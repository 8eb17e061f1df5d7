import {
  EMPTY_OFFICE_PROFILE,
  OFFICE_PROFILE_ID,
  officeProfileSchema,
  type OfficeProfile,
} from '../../src-main/shared/domain/office-profile';
import { actingDelegationsOf, actingPosition, activeDelegation, bangkokDay } from '../../src-main/shared/domain/acting-delegation';
import type { PrDeskDb } from './db';
import { createRepository } from './repository';

/** The office's single profile record: read it, or save it whether or not it exists yet. */
export function officeProfileRepo(db: PrDeskDb) {
  const repo = createRepository<OfficeProfile>(db, 'officeProfile', officeProfileSchema);
  return {
    get: () => repo.get(OFFICE_PROFILE_ID),
    /** The whole profile the first time; afterwards just the fields to change. */
    save: (profile: Partial<OfficeProfile>) =>
      db.transaction('rw', db.officeProfile, async () =>
        (await repo.get(OFFICE_PROFILE_ID))
          ? repo.update(OFFICE_PROFILE_ID, profile)
          : repo.createWithId(OFFICE_PROFILE_ID, { ...EMPTY_OFFICE_PROFILE, ...profile }),
      ),
    history: () => repo.history(OFFICE_PROFILE_ID),
  };
}

/**
 * The position an approval records: the approver's own, or, for someone acting for the director
 * that day (รักษาราชการแทน), their own followed by "รักษาราชการแทน" and the director's title.
 */
export async function approverPositionOn(db: PrDeskDb, staffId: string, ownPosition: string, at: string): Promise<string> {
  const profile = await db.officeProfile.get(OFFICE_PROFILE_ID);
  const acting = activeDelegation(actingDelegationsOf(profile), staffId, bangkokDay(new Date(at)));
  return acting ? actingPosition(ownPosition, profile?.directorTitle ?? '') : ownPosition;
}
