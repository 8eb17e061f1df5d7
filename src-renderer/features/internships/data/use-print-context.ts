import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../src-main/shared/domain/fiscal-period';
import { useDb, type StaffRecord } from '../../../data';
import { loadLetterhead } from '../../documents/data';
import { useOfficeProfile } from '../../settings/data';
import type { PrintContext } from '../model/internship-documents';
import { useAttendanceByIntern, useInstitutions } from './use-internship-data';

/** What printing an internship document needs: lookups, the office profile, the letterhead loader. */
export function usePrintContext() {
  const { t } = useTranslation();
  const db = useDb();
  const institutions = useInstitutions();
  const attendance = useAttendanceByIntern();
  const profile = useOfficeProfile();
  const context: PrintContext | null =
    institutions && attendance
      ? {
          institutions: new Map(institutions.map((i) => [i.id, i])),
          attendance,
          workGroupName: (g) => t(`workGroups.${g}`, { lng: 'th' }),
          today: localIsoDate(new Date()),
        }
      : null;
  const ready = !!profile?.officeName && !!profile.directorName && !!profile.directorTitle;
  return {
    context,
    profile,
    ready,
    letterhead: () => (profile ? loadLetterhead(profile) : Promise.reject(new Error('no office profile'))),
    /** A staff member as stored, former staff included: the evaluator who signs an old evaluation. */
    staffMember: (staffId: string): Promise<StaffRecord | undefined> => db.staff.get(staffId),
  };
}
