import { useTranslation } from 'react-i18next';
import { formatWorkedTime } from '../../../src-main/shared/domain/internship-hours';
import { useFormatNumber } from '../../ui/use-format-number';

/** Minutes worked as the screens show them: "27 ชม. 45 นาที", in the office's digits (the shared formatter). */
export function useFormatWorkedTime(): (minutes: number) => string {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (minutes) => formatWorkedTime(minutes, { hours: t('internships.hoursUnit'), minutes: t('internships.minutesUnit') }, formatNumber);
}
