import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { StatCard } from '../../ui/StatCard';
import { useFormatNumber } from '../../ui/use-format-number';
import { hereToday } from './model/here-today';
import { useAttendanceByIntern, useInterns } from './data';

/** The dashboard's internship figure: interns here today out of those expected. */
export function InternDashboardCard() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const interns = useInterns();
  const attendance = useAttendanceByIntern();
  const here = hereToday(interns ?? [], attendance ?? new Map(), localIsoDate(new Date()));
  return (
    <StatCard
      size="dashboard"
      label={t('internships.hereToday')}
      value={
        <>
          {formatNumber(here.present.length)} / {formatNumber(here.expected.length)} {t('internships.people')}
        </>
      }
      valueTestId="dashboard-interns"
      link={{ to: '/internships', label: t('nav.internships') }}
    />
  );
}
