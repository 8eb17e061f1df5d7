import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { StatCard } from '../../ui/StatCard';
import { useFormatNumber } from '../../ui/use-format-number';
import { usePressStats, useReleasesInReview } from './data';

/** The dashboard's press card: this fiscal year's releases and pickups, and what waits for review. */
export function PressDashboardCard() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const fiscalYear = fiscalYearOf(new Date());
  const stats = usePressStats(fiscalYear);
  const waiting = useReleasesInReview();
  return (
    <StatCard
      size="dashboard"
      stacked
      testId="dashboard-press"
      label={t('press.dashboardTitle', { year: fiscalYear })}
      value={t('press.dashboardReleased', { n: formatNumber(stats?.released ?? 0) })}
      link={{ to: '/press/stats', label: t('press.dashboardMore') }}
    >
      <Group gap="md">
        <Text size="sm">{t('press.dashboardPickups', { n: formatNumber(stats?.pickups ?? 0) })}</Text>
        <Text size="sm" c={waiting ? 'orange' : 'dimmed'}>
          {t('press.dashboardWaiting', { n: formatNumber(waiting ?? 0) })}
        </Text>
      </Group>
    </StatCard>
  );
}
