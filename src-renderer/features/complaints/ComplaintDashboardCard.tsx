import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatNumber } from '../../ui/use-format-number';
import { useComplaintRows } from './use-complaint-data';

/** The dashboard's complaint figures: open complaints and how many of them are past a limit. */
export function ComplaintDashboardCard() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const rows = useComplaintRows();
  const open = (rows ?? []).filter((r) => r.status !== 'closed');
  const overdue = open.filter((r) => r.deadlines.overdue).length;
  return (
    <Paper withBorder p="md">
      <Text c="dimmed" size="sm">
        {t('complaints.dashboardTitle')}
      </Text>
      <Group gap="xs" align="baseline">
        <Title order={3} size="h4" data-testid="dashboard-complaints-open">
          {t('complaints.dashboardOpen', { count: open.length, n: formatNumber(open.length) })}
        </Title>
        <Text c={overdue > 0 ? 'red' : 'dimmed'} fw={overdue > 0 ? 700 : 400} data-testid="dashboard-complaints-overdue">
          {t('complaints.dashboardOverdue', { n: formatNumber(overdue) })}
        </Text>
      </Group>
      <Anchor component={Link} to="/complaints" size="sm">
        {t('nav.complaints')}
      </Anchor>
    </Paper>
  );
}
