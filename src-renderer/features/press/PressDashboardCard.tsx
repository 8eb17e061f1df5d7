import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { useAppData } from '../../session/app-data';
import { useFormatNumber } from '../../ui/use-format-number';
import { usePressStats } from './use-press-stats';

/** The dashboard's press card: this fiscal year's releases and pickups, and what waits for review. */
export function PressDashboardCard() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const formatNumber = useFormatNumber();
  const fiscalYear = fiscalYearOf(new Date());
  const stats = usePressStats(fiscalYear);
  const waiting = useLiveQuery(async () => (await db.pressReleases.where('status').equals('review').toArray()).filter((r) => !r.deleted).length, [db]);
  return (
    <Paper withBorder p="md" data-testid="dashboard-press">
      <Stack gap={4}>
        <Text c="dimmed" size="sm">
          {t('press.dashboardTitle', { year: fiscalYear })}
        </Text>
        <Title order={3} size="h4">
          {t('press.dashboardReleased', { n: formatNumber(stats?.released ?? 0) })}
        </Title>
        <Group gap="md">
          <Text size="sm">{t('press.dashboardPickups', { n: formatNumber(stats?.pickups ?? 0) })}</Text>
          <Text size="sm" c={waiting ? 'orange' : 'dimmed'}>
            {t('press.dashboardWaiting', { n: formatNumber(waiting ?? 0) })}
          </Text>
        </Group>
        <Anchor component={Link} to="/press/stats" size="sm">
          {t('press.dashboardMore')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
