import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { officeProfileRepo, type PrDeskDb } from '../../data';
import { useAppData } from '../../session/app-data';
import { loadLetterhead } from '../documents';
import type { PrintContext } from './model/internship-documents';
import { useAttendanceByIntern, useInstitutions } from './use-internship-data';

/** What printing an internship document needs: lookups, the office profile, the letterhead loader. */
export function usePrintContext() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const institutions = useInstitutions();
  const attendance = useAttendanceByIntern();
  const profile = useLiveQuery(async () => (await officeProfileRepo(db).get()) ?? null, [db]);
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
    letterhead: (database: PrDeskDb) => (profile ? loadLetterhead(database, profile) : Promise.reject(new Error('no office profile'))),
  };
}
