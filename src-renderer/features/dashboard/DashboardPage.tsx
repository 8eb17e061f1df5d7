import { Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { MemoComposer } from '../documents';
import { MissionDashboardCards } from '../missions';
import { InternDashboardCard } from '../internships';
import { ComplaintDashboardCard } from '../complaints';
import { PressDashboardCard } from '../press';
import { UrgentBriefingButton } from '../briefings';
import { SurveyDashboardCard } from '../surveys';
import { PrivacyDashboardCard } from '../privacy';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { officeProfileRepo } from '../../data';
import { fiscalHalfOf, fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { staffDisplayName, WORK_GROUPS } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../session/app-data';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { missingProfileFields } from './profile-completeness';

/** แดชบอร์ด: the first screen of the day. Modules add their cards as they land. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { db, currentStaff } = useAppData();
  const [memoOpen, setMemoOpen] = useState(false);
  const formatNumber = useFormatNumber();
  const profile = useLiveQuery(async () => (await officeProfileRepo(db).get()) ?? null, [db]);
  const staff = useLiveQuery(async () => (await db.staff.toArray()).filter((s) => !s.deleted && s.active), [db]);
  const pending = useLiveQuery(() => db.outbox.where('published').equals(0).count(), [db]);
  const today = new Date();
  const missing = profile === undefined ? [] : missingProfileFields(profile ?? undefined);

  return (
    <>
      <MemoComposer opened={memoOpen} onClose={() => setMemoOpen(false)} />
      <PageHeader
        actions={
          <>
            <UrgentBriefingButton />
            <Button leftSection={<IconFileText size={18} />} onClick={() => setMemoOpen(true)}>
              {t('documents.newMemo')}
            </Button>
          </>
        }
        title={t('nav.dashboard')}
        subtitle={currentStaff ? t('dashboard.greeting', { name: staffDisplayName(currentStaff) }) : t('dashboard.greetingNoUser')}
      />
      <SimpleGrid cols={{ base: 1, md: 2, lg: 5 }} mb="lg">
        <Paper withBorder p="md">
          <Text c="dimmed" size="sm">
            {t('dashboard.today')}
          </Text>
          <Title order={3} size="h4" data-testid="dashboard-today">
            <ThaiDateText value={today} format="long" />
          </Title>
          <Text size="sm">
            {t('dashboard.fiscalYear', { year: formatNumber(fiscalYearOf(today)).replace(/,/g, ''), half: t(`dashboard.half${fiscalHalfOf(today)}`) })}
          </Text>
        </Paper>
        <Paper withBorder p="md">
          <Text c="dimmed" size="sm">
            {t('dashboard.staff')}
          </Text>
          <Title order={3} size="h4" data-testid="dashboard-staff-count">
            {t('dashboard.people', { n: formatNumber(staff?.length ?? 0), count: staff?.length ?? 0 })}
          </Title>
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
        </Paper>
        <Paper withBorder p="md">
          <Text c="dimmed" size="sm">
            {t('dashboard.pendingSync')}
          </Text>
          <Title order={3} size="h4" data-testid="dashboard-pending">
            {t('dashboard.changes', { n: formatNumber(pending ?? 0), count: pending ?? 0 })}
          </Title>
          <Anchor component={Link} to="/sync" size="sm">
            {t('nav.sync')}
          </Anchor>
        </Paper>
        <Paper withBorder p="md">
          <Text c="dimmed" size="sm">
            {t('dashboard.user')}
          </Text>
          <Title order={3} size="h4">
            {currentStaff ? staffDisplayName(currentStaff) : t('dashboard.noUser')}
          </Title>
          <Anchor component={Link} to="/settings/user" size="sm">
            {t('dashboard.chooseUser')}
          </Anchor>
        </Paper>
        <InternDashboardCard />
        <ComplaintDashboardCard />
        <PressDashboardCard />
        <SurveyDashboardCard />
        <PrivacyDashboardCard />
      </SimpleGrid>
      <MissionDashboardCards />
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
