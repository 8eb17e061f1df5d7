import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { StatCard } from '../../ui/StatCard';
import { useFormatNumber } from '../../ui/use-format-number';
import { useSurveyDashboard } from './data';

/** The dashboard's surveys card: questionnaires this fiscal year, open surveys, the latest results. */
export function SurveyDashboardCard() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const fiscalYear = fiscalYearOf(new Date());
  const stats = useSurveyDashboard(fiscalYear);
  return (
    <StatCard
      size="dashboard"
      stacked
      testId="dashboard-surveys"
      label={t('surveys.dashboard.title', { year: fiscalYear })}
      value={t('surveys.dashboard.responses', { n: formatNumber(stats?.responses ?? 0) })}
      link={stats?.latestSurveyId ? { to: `/surveys/s/${stats.latestSurveyId}/stats`, label: t('surveys.dashboard.latest') } : { to: '/surveys', label: t('surveys.dashboard.all') }}
    >
      <Text size="sm">{t('surveys.dashboard.open', { n: formatNumber(stats?.open ?? 0) })}</Text>
    </StatCard>
  );
}
