import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fiscalPeriod } from '../../../src-main/shared/domain/fiscal-period';
import { TASK_STATUSES } from '../../../src-main/shared/domain/task';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { taskInPeriod } from './model/mission-report';
import { compareTasks, isOverdue } from './model/task-filter';
import { TaskList } from './TaskList';
import { WorkLinks } from './WorkLinks';
import { PlanTagField } from '../plans';
import { StatCard } from '../../ui/StatCard';
import { useTaskWorkspace } from './use-task-workspace';
import { TaskOverlays } from './TaskOverlays';
import { AddButton } from '../../ui/AddButton';

/** A box of what a mission is set to do (its targets, the plans it serves), or why it is empty. */
function MissionFacts({ title, emptyText, children }: { title: string; emptyText: string | null; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Text fw={600} mb={4}>
        {title}
      </Text>
      {emptyText !== null ? (
        <Text c="dimmed" size="sm">
          {emptyText}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}

/** One mission: what it is for, its targets, and everything done under it this fiscal year. */
export function MissionDetailPage() {
  const { t } = useTranslation();
  const { missionId } = useParams();
  const formatNumber = useFormatNumber();
  const workspace = useTaskWorkspace();
  const { missions, tasks, lookups, setForm, setOpenId, today } = workspace;
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
        actions={<AddButton onClick={() => setForm({ mode: 'new', missionId: mission.id })}>{t('tasks.add')}</AddButton>}
      />
      <Anchor component={Link} to="/missions/list" size="sm">
        ← {t('missions.backToList')}
      </Anchor>
      <SimpleGrid cols={{ base: 2, md: 5 }} my="md" data-testid="mission-counts">
        <StatCard label={t('missions.tasksThisYear', { year: fiscalYear })} value={formatNumber(thisYear.length)} />
        {TASK_STATUSES.map((status) => (
          <StatCard key={status} label={t(`tasks.status.${status}`)} value={formatNumber(thisYear.filter((task) => task.status === status).length)} />
        ))}
      </SimpleGrid>
      <Text size="sm" c="red" mb="sm">
        {t('missions.overdueCount', { count: own.filter((task) => isOverdue(task, today)).length })}
      </Text>
      {mission.description && <Text mb="md" style={{ whiteSpace: 'pre-wrap' }}>{mission.description}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
        <MissionFacts title={t('missions.fields.targets')} emptyText={mission.targets.length === 0 ? t('missions.noTargets') : null}>
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
        </MissionFacts>
        <MissionFacts title={t('missions.fields.planLinks')} emptyText={mission.planLinks.length === 0 ? t('missions.noPlanLinks') : null}>
          <Stack gap={2}>
            {mission.planLinks.map((p) => (
              <Badge key={p} variant="light" style={{ textTransform: 'none' }}>
                {p}
              </Badge>
            ))}
          </Stack>
        </MissionFacts>
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
      {/* A standing mission maps onto a theme of the plan; the plan report lists it there. */}
      <Paper withBorder p="sm" mt="md">
        <PlanTagField table="missions" recordId={mission.id} title={t('missions.numbered', { no: mission.no, title: mission.title })} date={today} />
      </Paper>
      <TaskOverlays workspace={workspace} />
    </>
  );
}
