import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fiscalPeriod, localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { TASK_STATUSES } from '../../../src-main/shared/domain/task';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { taskInPeriod } from './model/mission-report';
import { compareTasks, isOverdue } from './model/task-filter';
import { TaskDrawer } from './TaskDrawer';
import { TaskFormModal, type TaskFormTarget } from './TaskFormModal';
import { TaskList } from './TaskList';
import { useMissions, usePeople, useTaskLookups, useTasks } from './data/use-mission-data';
import { WorkLinks } from './WorkLinks';

/** One mission: what it is for, its targets, and everything done under it this fiscal year. */
export function MissionDetailPage() {
  const { t } = useTranslation();
  const { missionId } = useParams();
  const formatNumber = useFormatNumber();
  const missions = useMissions(true);
  const tasks = useTasks();
  const people = usePeople();
  const lookups = useTaskLookups(tasks, missions, people);
  const [form, setForm] = useState<TaskFormTarget>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const today = localIsoDate(new Date());
  const fiscalYear = fiscalYearOf(today);
  const mission = missions?.find((m) => m.id === missionId);
  const own = useMemo(() => (tasks ?? []).filter((task) => task.missionId === missionId).sort(compareTasks), [tasks, missionId]);
  const thisYear = own.filter((task) => taskInPeriod(task, fiscalPeriod(fiscalYear, null)));

  if (missions && !mission) return <EmptyState title={t('missions.notFound')} action={<Anchor component={Link} to="/missions/list">{t('missions.backToList')}</Anchor>} />;
  if (!mission) return null;

  return (
    <>
      <PageHeader
        title={t('missions.numbered', { no: mission.no, title: mission.title })}
        subtitle={t(`workGroups.${mission.workGroup}`)}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setForm({ mode: 'new', missionId: mission.id })}>
            {t('tasks.add')}
          </Button>
        }
      />
      <Anchor component={Link} to="/missions/list" size="sm">
        ← {t('missions.backToList')}
      </Anchor>
      <SimpleGrid cols={{ base: 2, md: 5 }} my="md" data-testid="mission-counts">
        <Paper withBorder p="sm">
          <Text size="sm" c="dimmed">
            {t('missions.tasksThisYear', { year: fiscalYear })}
          </Text>
          <Title order={3}>{formatNumber(thisYear.length)}</Title>
        </Paper>
        {TASK_STATUSES.map((status) => (
          <Paper key={status} withBorder p="sm">
            <Text size="sm" c="dimmed">
              {t(`tasks.status.${status}`)}
            </Text>
            <Title order={3}>{formatNumber(thisYear.filter((task) => task.status === status).length)}</Title>
          </Paper>
        ))}
      </SimpleGrid>
      <Text size="sm" c="red" mb="sm">
        {t('missions.overdueCount', { count: own.filter((task) => isOverdue(task, today)).length })}
      </Text>
      {mission.description && <Text mb="md" style={{ whiteSpace: 'pre-wrap' }}>{mission.description}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
        <Paper withBorder p="sm">
          <Text fw={600} mb={4}>
            {t('missions.fields.targets')}
          </Text>
          {mission.targets.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('missions.noTargets')}
            </Text>
          ) : (
            <Table>
              <Table.Tbody>
                {mission.targets.map((target) => (
                  <Table.Tr key={target.name}>
                    <Table.Td>{target.name}</Table.Td>
                    <Table.Td ta="right">
                      {formatNumber(target.amount)} {target.unit}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        <Paper withBorder p="sm">
          <Text fw={600} mb={4}>
            {t('missions.fields.planLinks')}
          </Text>
          {mission.planLinks.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('missions.noPlanLinks')}
            </Text>
          ) : (
            <Stack gap={2}>
              {mission.planLinks.map((p) => (
                <Badge key={p} variant="light" style={{ textTransform: 'none' }}>
                  {p}
                </Badge>
              ))}
            </Stack>
          )}
        </Paper>
      </SimpleGrid>
      <Title order={2} size="h4" mb="xs">
        {t('missions.tasksTitle', { count: own.length })}
      </Title>
      {own.length === 0 ? <Text c="dimmed">{t('tasks.empty')}</Text> : <TaskList tasks={own} lookups={lookups} today={today} onOpen={(task) => setOpenId(task.id)} />}
      <Paper withBorder p="sm" mt="md">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            {t('workLinks.title')}
          </Title>
        </Group>
        <WorkLinks missionId={mission.id} />
      </Paper>
      <TaskFormModal target={form} onClose={() => setForm(null)} />
      <TaskDrawer taskId={openId} lookups={lookups} today={today} onClose={() => setOpenId(null)} onOpenTask={setOpenId} onEdit={setForm} />
    </>
  );
}
