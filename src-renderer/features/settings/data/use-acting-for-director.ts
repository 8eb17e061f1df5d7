import { actingDelegationsOf, activeDelegation, bangkokDay } from '../../../../src-main/shared/domain/acting-delegation';
import { OFFICE_PROFILE_ID } from '../../../../src-main/shared/domain/office-profile';
import { useLiveDbQuery } from '../../../data';
import { useAppData } from '../../../session/app-data';

/**
 * Whether the person signed in acts for the director today (รักษาราชการแทน): the approve
 * buttons ask the same rule the data layer enforces, with the same delegations.
 */
export function useActingForDirector(): boolean {
  const { acting } = useAppData();
  const staffId = acting?.staffId;
  return (
    useLiveDbQuery(async (db) => {
      const profile = await db.officeProfile.get(OFFICE_PROFILE_ID);
      return activeDelegation(actingDelegationsOf(profile), staffId, bangkokDay(new Date())) !== null;
    }, [staffId]) ?? false
  );
}
