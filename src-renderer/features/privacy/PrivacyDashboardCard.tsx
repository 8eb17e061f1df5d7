import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bangkokDay } from '../../../src-main/shared/domain/acting-delegation';
import { breachNotice } from '../../../src-main/shared/domain/data-breach';
import { useAppData } from '../../session/app-data';
import { StatCard, StatFigure } from '../../ui/StatCard';
import { useFormatNumber } from '../../ui/use-format-number';
import { useNow } from '../../ui/use-now';
import { BreachNoticeBadge } from './BreachNoticeBadge';
import { useOpenBreaches, useOpenDataRequests } from './data';
import { RequestDeadlineBadge } from './RequestDeadlineBadge';

/**
 * The dashboard's PDPA figures: open requests from people and the nearest 30-day limit, and
 * any incident whose 72-hour notice to the regulator is still to give. Red when a limit passed.
 */
export function PrivacyDashboardCard() {
  const { t } = useTranslation();
  const { acting } = useAppData();
  const formatNumber = useFormatNumber();
  const now = useNow();
  const today = bangkokDay(now);
  const open = useOpenDataRequests(today);
  const breaches = useOpenBreaches();
  const notices = (breaches ?? []).map((b) => breachNotice(b, now)).filter((n) => n.state === 'due' || n.state === 'overdue');
  const overdue = (open ?? []).filter((r) => r.deadline.state === 'overdue').length;
  const next = open?.[0];
  // Interns neither see nor handle requests and breaches (read rules): no card for them.
  if (acting?.role === 'intern') return null;
  return (
    <StatCard size="dashboard" testId="dashboard-privacy" label={t('privacy.dashboardTitle')} link={{ to: '/privacy/requests', label: t('nav.privacy') }}>
      <Group gap="xs" align="baseline">
        <StatFigure size="dashboard" testId="dashboard-requests-open">
          {t('privacy.dashboardOpen', { count: open?.length ?? 0, n: formatNumber(open?.length ?? 0) })}
        </StatFigure>
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
    </StatCard>
  );
}
