import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatCard, StatFigure } from '../../ui/StatCard';
import { useFormatNumber } from '../../ui/use-format-number';
import { useComplaintRows } from './data';

/** The dashboard's complaint figures: open complaints and how many of them are past a limit. */
export function ComplaintDashboardCard() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const rows = useComplaintRows();
  const open = (rows ?? []).filter((r) => r.status !== 'closed');
  const overdue = open.filter((r) => r.deadlines.overdue).length;
  const replyOverdue = open.filter((r) => r.deadlines.reply?.state === 'overdue').length;
  return (
    <StatCard size="dashboard" label={t('complaints.dashboardTitle')} link={{ to: '/complaints', label: t('nav.complaints') }}>
      <Group gap="xs" align="baseline">
        <StatFigure size="dashboard" testId="dashboard-complaints-open">
          {t('complaints.dashboardOpen', { count: open.length, n: formatNumber(open.length) })}
        </StatFigure>
        <Text c={overdue > 0 ? 'red' : 'dimmed'} fw={overdue > 0 ? 700 : 400} data-testid="dashboard-complaints-overdue">
          {t('complaints.dashboardOverdue', { n: formatNumber(overdue) })}
        </Text>
        {replyOverdue > 0 && (
          <Text c="red" size="sm" fw={700} data-testid="dashboard-complaints-reply-overdue">
            {t('complaints.dashboardReplyOverdue', { n: formatNumber(replyOverdue) })}
          </Text>
        )}
      </Group>
    </StatCard>
  );
}
