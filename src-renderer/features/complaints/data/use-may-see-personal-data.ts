import { canSeeComplainant } from '../../../../src-main/shared/auth/permissions';
import { useAppData } from '../../../session/app-data';

/**
 * Whether the person signed in may see complainants' names and contacts (PDPA, issue 19):
 * complaint officers and the director (canSeeComplainant); everyone else sees it masked.
 * It lives with the queries because it decides what they let the screen search and show.
 */
export function useMaySeePersonalData(): boolean {
  const { currentStaff, acting } = useAppData();
  return !!currentStaff && !!acting && canSeeComplainant({ staffId: currentStaff.id, role: currentStaff.role, workGroup: currentStaff.workGroup });
}
