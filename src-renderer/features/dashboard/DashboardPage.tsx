import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useOfficeProfile, useStaff } from '../settings/data';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fiscalHalfOf, fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { staffDisplayName, WORK_GROUPS } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../session/app-data';
import { useShellContributions } from '../../ui/feature-manifest';
import { LazyContributions } from '../../ui/LazyContributions';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { usePendingChangeCount } from './data';
import { missingProfileFields } from './profile-completeness';
import { StatCard } from '../../ui/StatCard';
import { AgendaPanel } from './AgendaPanel';

/** แดชบอร์ด: the first screen of the day. Each module adds its cards and buttons through its manifest. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const { dashboardCards: cards, dashboardActions: actions } = useShellContributions();
  const formatNumber = useFormatNumber();
  const profile = useOfficeProfile();
  const staff = useStaff()?.filter((s) => s.active);
  const pending = usePendingChangeCount();
  const today = new Date();
  const missing = profile === undefined ? [] : missingProfileFields(profile ?? undefined);

  return (
    <>
      <PageHeader
        actions={<LazyContributions items={actions} />}
        title={t('nav.dashboard')}
        subtitle={currentStaff ? t('dashboard.greeting', { name: staffDisplayName(currentStaff) }) : t('dashboard.greetingNoUser')}
      />
      <LazyContributions items={cards.filter((c) => c.placement === 'banner')} />
      <SimpleGrid cols={{ base: 1, md: 2, lg: 5 }} mb="lg">
        <StatCard size="dashboard" label={t('dashboard.today')} value={<ThaiDateText value={today} format="long" />} valueTestId="dashboard-today">
          <Text size="sm">
            {t('dashboard.fiscalYear', { year: fiscalYearOf(today), half: t(`dashboard.half${fiscalHalfOf(today)}`) })}
          </Text>
        </StatCard>
        <StatCard size="dashboard" label={t('dashboard.staff')} value={t('dashboard.people', { n: formatNumber(staff?.length ?? 0), count: staff?.length ?? 0 })} valueTestId="dashboard-staff-count">
          <Stack gap={2} mt={4}>
            {WORK_GROUPS.map((g) => (
              <Group key={g} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">{t(`workGroups.${g}`)}</Text>
                <Text size="sm" fw={600}>
                  {formatNumber(staff?.filter((s) => s.workGroup === g).length ?? 0)}
                </Text>
              </Group>
            ))}
          </Stack>
        </StatCard>
        <StatCard
          size="dashboard"
          label={t('dashboard.pendingSync')}
          value={t('dashboard.changes', { n: formatNumber(pending ?? 0), count: pending ?? 0 })}
          valueTestId="dashboard-pending"
          link={{ to: '/sync', label: t('nav.sync') }}
        />
        <StatCard
          size="dashboard"
          label={t('dashboard.user')}
          value={currentStaff ? staffDisplayName(currentStaff) : t('dashboard.noUser')}
          link={{ to: '/settings/user', label: t('dashboard.chooseUser') }}
        />
        <LazyContributions items={cards.filter((c) => (c.placement ?? 'grid') === 'grid')} />
      </SimpleGrid>
      <AgendaPanel />
      <LazyContributions items={cards.filter((c) => c.placement === 'wide')} />
      <Paper withBorder p="md" data-testid="dashboard-profile">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('dashboard.profileTitle')}
          </Title>
          {profile === undefined ? null : missing.length === 0 ? (
            <Text c="teal">{t('dashboard.profileComplete')}</Text>
          ) : (
            <>
              <Text>{t('dashboard.profileMissing')}</Text>
              <List>
                {missing.map((field) => (
                  <List.Item key={field}>{t(`office.fields.${field}`)}</List.Item>
                ))}
              </List>
              <Anchor component={Link} to="/settings/office">
                {t('dashboard.completeProfile')}
              </Anchor>
            </>
          )}
        </Stack>
      </Paper>
    </>
  );
}
