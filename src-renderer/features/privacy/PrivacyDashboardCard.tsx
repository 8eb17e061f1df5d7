import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bangkokDay } from '../../../src-main/shared/domain/acting-delegation';
import { breachNotice } from '../../../src-main/shared/domain/data-breach';
import { useAppData } from '../../session/app-data';
import { useFormatNumber } from '../../ui/use-format-number';
import { useNow } from '../../ui/use-now';
import { BreachNoticeBadge } from './BreachNoticeBadge';
import { RequestDeadlineBadge } from './RequestDeadlineBadge';
import { dataRequestRows, openDataRequests } from './model/data-requests';

/**
 * The dashboard's PDPA figures: open requests from people and the nearest 30-day limit, and
 * any incident whose 72-hour notice to the regulator is still to give. Red when a limit passed.
 */
export function PrivacyDashboardCard() {
  const { t } = useTranslation();
  const { db, acting } = useAppData();
  const formatNumber = useFormatNumber();
  const now = useNow();
  const today = bangkokDay(now);
  const open = useLiveQuery(async () => openDataRequests(dataRequestRows(await db.dataRequests.toArray(), today)), [db, today]);
  const breaches = useLiveQuery(async () => (await db.dataBreaches.toArray()).filter((b) => !b.deleted && b.status === 'open'), [db]);
  const notices = (breaches ?? []).map((b) => breachNotice(b, now)).filter((n) => n.state === 'due' || n.state === 'overdue');
  const overdue = (open ?? []).filter((r) => r.deadline.state === 'overdue').length;
  const next = open?.[0];
  // Interns neither see nor handle requests and breaches (read rules): no card for them.
  if (acting?.role === 'intern') return null;
  return (
    <Paper withBorder p="md" data-testid="dashboard-privacy">
      <Text c="dimmed" size="sm">
        {t('privacy.dashboardTitle')}
      </Text>
      <Group gap="xs" align="baseline">
        <Title order={3} size="h4" data-testid="dashboard-requests-open">
          {t('privacy.dashboardOpen', { count: open?.length ?? 0, n: formatNumber(open?.length ?? 0) })}
        </Title>
        <Text c={overdue > 0 ? 'red' : 'dimmed'} fw={overdue > 0 ? 700 : 400} data-testid="dashboard-requests-overdue">
          {t('privacy.dashboardOverdue', { n: formatNumber(overdue) })}
        </Text>
      </Group>
      <Stack gap={4} mt={4}>
        {next && <RequestDeadlineBadge deadline={next.deadline} withLabel />}
        {notices.map((notice, i) => (
          <BreachNoticeBadge key={`${notice.dueAt}-${i}`} notice={notice} />
        ))}
      </Stack>
      <Anchor component={Link} to="/privacy/requests" size="sm">
        {t('nav.privacy')}
      </Anchor>
    </Paper>
  );
}
