import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fiscalPeriod, localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { fiscalYearOf } from '../../../src-main/shared/text/thai-date';
import type { TaskRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { dashboardFigures } from './model/dashboard-figures';
import { useMissions, useTasks } from './data';
import { TitledPanel } from '../../ui/TitledPanel';
import { MoreCount } from './MoreCount';

const SHOWN = 6;
/** Days ahead the "upcoming" list looks, said in its title. */
const UPCOMING_DAYS = 7;

function TaskLines({ tasks, emptyText, testId, red = false }: TaskLinesProps) {
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
      <MoreCount total={tasks.length} shown={SHOWN} />
    </Stack>
  );
}

type TaskLinesProps = { tasks: TaskRecord[]; emptyText: string; testId: string; red?: boolean };

/** One of the dashboard's task cards: its heading and count, the first tasks, and where to see them all. */
function TaskCard({ title, badge, link, ...lines }: { title: string; badge: ReactNode; link?: { to: string; label: string } } & TaskLinesProps) {
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          {title}
        </Title>
        {badge}
      </Group>
      <TaskLines {...lines} />
      {link && (
        <Anchor component={Link} to={link.to} size="sm">
          {link.label}
        </Anchor>
      )}
    </Paper>
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
    return { mine: dashboardFigures(mine, today, fiscalPeriod(fiscalYear, null), UPCOMING_DAYS), all: dashboardFigures(all, today, fiscalPeriod(fiscalYear, null), UPCOMING_DAYS) };
  }, [tasks, currentStaff, today, fiscalYear]);

  return (
    <Stack gap="md" mb="lg">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TaskCard
          title={currentStaff ? t('dashboard.myTasksToday') : t('dashboard.tasksToday')}
          badge={
            // data-ready: the figures come from the database, not the empty first render (the bench times cold open to it)
            <Badge data-testid="dashboard-today-count" data-ready={tasks ? 'true' : 'false'}>
              {formatNumber(figures.mine.dueToday.length)}
            </Badge>
          }
          tasks={figures.mine.dueToday}
          emptyText={t('dashboard.nothingToday')}
          testId="dashboard-today-tasks"
          link={{ to: currentStaff ? '/missions?mine=1' : '/missions', label: t('dashboard.allTasks') }}
        />
        <TaskCard
          title={t('dashboard.overdueTasks')}
          badge={
            <Badge color="red" data-testid="dashboard-overdue-count">
              {formatNumber(figures.all.overdue.length)}
            </Badge>
          }
          tasks={figures.all.overdue}
          emptyText={t('dashboard.nothingOverdue')}
          testId="dashboard-overdue-tasks"
          red
          link={{ to: '/missions?overdue=1', label: t('dashboard.seeOverdue') }}
        />
        <TaskCard
          title={t('dashboard.upcoming', { n: UPCOMING_DAYS })}
          badge={<Badge color="gray">{formatNumber(figures.all.upcoming.length)}</Badge>}
          tasks={figures.all.upcoming}
          emptyText={t('dashboard.nothingUpcoming')}
          testId="dashboard-upcoming"
        />
      </SimpleGrid>
      <TitledPanel title={t('dashboard.perMission', { year: fiscalYear })} size="h5">
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
      </TitledPanel>
    </Stack>
  );
}
