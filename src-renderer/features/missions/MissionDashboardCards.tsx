import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fiscalPeriod, localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import type { TaskRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { dashboardFigures } from './model/dashboard-figures';
import { useMissions, useTasks } from './data/use-mission-data';

const SHOWN = 6;

function TaskLines({ tasks, emptyText, testId, red = false }: { tasks: TaskRecord[]; emptyText: string; testId: string; red?: boolean }) {
  const { t } = useTranslation();
  if (tasks.length === 0) return <Text c="dimmed" size="sm">{emptyText}</Text>;
  return (
    <Stack gap={4} data-testid={testId}>
      {tasks.slice(0, SHOWN).map((task) => (
        <Group key={task.id} justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" truncate>
            {task.title}
          </Text>
          {task.dueDate && (
            <Text size="xs" c={red ? 'red' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
              <ThaiDateText value={task.dueDate} />
            </Text>
          )}
        </Group>
      ))}
      {tasks.length > SHOWN && (
        <Text size="xs" c="dimmed">
          {t('tasks.calendar.more', { count: tasks.length - SHOWN })}
        </Text>
      )}
    </Stack>
  );
}

/** The dashboard's missions part: my work today, overdue work, next week, counts per mission. */
export function MissionDashboardCards() {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const formatNumber = useFormatNumber();
  const tasks = useTasks();
  const missions = useMissions();
  const today = localIsoDate(new Date());
  const fiscalYear = fiscalYearOf(today);
  const figures = useMemo(() => {
    // With a current user, "today" means their work; the office-wide figures stay office-wide.
    const all = tasks ?? [];
    const mine = currentStaff ? all.filter((task) => task.assigneeIds.includes(currentStaff.id)) : all;
    return { mine: dashboardFigures(mine, today, fiscalPeriod(fiscalYear, null)), all: dashboardFigures(all, today, fiscalPeriod(fiscalYear, null)) };
  }, [tasks, currentStaff, today, fiscalYear]);

  return (
    <Stack gap="md" mb="lg">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper withBorder p="md">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h5">
              {currentStaff ? t('dashboard.myTasksToday') : t('dashboard.tasksToday')}
            </Title>
            {/* data-ready: the figures come from the database, not the empty first render (the bench times cold open to it) */}
            <Badge data-testid="dashboard-today-count" data-ready={tasks ? 'true' : 'false'}>
              {formatNumber(figures.mine.dueToday.length)}
            </Badge>
          </Group>
          <TaskLines tasks={figures.mine.dueToday} emptyText={t('dashboard.nothingToday')} testId="dashboard-today-tasks" />
          <Anchor component={Link} to={currentStaff ? '/missions?mine=1' : '/missions'} size="sm">
            {t('dashboard.allTasks')}
          </Anchor>
        </Paper>
        <Paper withBorder p="md">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h5">
              {t('dashboard.overdueTasks')}
            </Title>
            <Badge color="red" data-testid="dashboard-overdue-count">
              {formatNumber(figures.all.overdue.length)}
            </Badge>
          </Group>
          <TaskLines tasks={figures.all.overdue} emptyText={t('dashboard.nothingOverdue')} testId="dashboard-overdue-tasks" red />
          <Anchor component={Link} to="/missions?overdue=1" size="sm">
            {t('dashboard.seeOverdue')}
          </Anchor>
        </Paper>
        <Paper withBorder p="md">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h5">
              {t('dashboard.upcoming')}
            </Title>
            <Badge color="gray">{formatNumber(figures.all.upcoming.length)}</Badge>
          </Group>
          <TaskLines tasks={figures.all.upcoming} emptyText={t('dashboard.nothingUpcoming')} testId="dashboard-upcoming" />
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={2} size="h5" mb="xs">
          {t('dashboard.perMission', { year: formatNumber(fiscalYear).replace(/,/g, '') })}
        </Title>
        <Table data-testid="dashboard-per-mission">
          <Table.Tbody>
            {(missions ?? []).map((m) => {
              const c = figures.all.perMission.get(m.id) ?? { total: 0, done: 0 };
              return (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/missions/m/${m.id}`} size="sm">
                      {t('missions.numbered', { no: m.no, title: m.title })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right" w={160} data-testid={`dashboard-mission-${m.no}`}>
                    <Text size="sm">{t('missions.taskCounts', { total: formatNumber(c.total), done: formatNumber(c.done) })}</Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
