import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import type { TaskRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { MissionsTabs } from './MissionsTabs';
import { compareTasks, filterTasks } from './model/task-filter';
import { TASK_VIEWS, filterFromParams, isFiltered } from './model/task-filter-params';
import { TaskParamsWriter } from './model/task-params-writer';
import { TaskBoard } from './TaskBoard';
import { TaskCalendar } from './TaskCalendar';
import { TaskDrawer } from './TaskDrawer';
import { TaskFilters } from './TaskFilters';
import { TaskFormModal, type TaskFormTarget } from './TaskFormModal';
import { TaskList } from './TaskList';
import { useMissions, usePeople, useTaskLookups, useTasks } from './data/use-mission-data';

/** งาน: every task of the office, as a list, a board by status or a calendar, with filters. */
export function TasksPage() {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const formatNumber = useFormatNumber();
  const [params, setParams] = useSearchParams();
  const { filter, view, mine } = filterFromParams(params);
  const missions = useMissions(true);
  const tasks = useTasks();
  const people = usePeople();
  const lookups = useTaskLookups(tasks, missions, people);
  const [form, setForm] = useState<TaskFormTarget>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const today = localIsoDate(new Date());

  const shown = useMemo(() => {
    const effective = mine && currentStaff ? { ...filter, assigneeId: currentStaff.id } : filter;
    return filterTasks(tasks ?? [], effective, today).sort(compareTasks);
  }, [tasks, filter, mine, currentStaff, today]);

  const [writer] = useState(() => new TaskParamsWriter(params, (next) => setParams(next, { replace: true })));
  writer.seen(params);
  const open = (task: TaskRecord) => setOpenId(task.id);

  return (
    <>
      <PageHeader
        title={t('nav.missions')}
        subtitle={t('modules.missions.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setForm({ mode: 'new', missionId: filter.missionId ?? undefined })}>
            {t('tasks.add')}
          </Button>
        }
      />
      <MissionsTabs active="tasks" />
      <TaskFilters
        filter={filter}
        mine={mine}
        canFilterMine={!!currentStaff}
        missions={missions ?? []}
        people={people ?? []}
        onChange={(next, nextMine) => writer.setFilter(next, nextMine)}
      />
      <Group justify="space-between" mb="xs">
        <SegmentedControl
          aria-label={t('tasks.viewLabel')}
          value={view}
          onChange={(v) => writer.setView(v)}
          data={TASK_VIEWS.map((v) => ({ value: v, label: t(`tasks.views.${v}`) }))}
        />
        <Text c="dimmed" size="sm" data-testid="task-count">
          {t('tasks.count', { n: formatNumber(shown.length), count: shown.length })}
        </Text>
      </Group>
      {tasks && shown.length === 0 && view !== 'calendar' ? (
        <EmptyState
          title={isFiltered(filter, mine) ? t('tasks.noMatch') : t('tasks.empty')}
          description={isFiltered(filter, mine) ? undefined : t('tasks.emptyHint')}
        />
      ) : view === 'list' ? (
        <TaskList tasks={shown} lookups={lookups} today={today} onOpen={open} />
      ) : view === 'board' ? (
        <TaskBoard tasks={shown} lookups={lookups} today={today} onOpen={open} />
      ) : (
        <TaskCalendar tasks={shown} today={today} onOpen={open} />
      )}
      <TaskFormModal target={form} onClose={() => setForm(null)} />
      <TaskDrawer taskId={openId} lookups={lookups} today={today} onClose={() => setOpenId(null)} onOpenTask={setOpenId} onEdit={setForm} />
    </>
  );
}
