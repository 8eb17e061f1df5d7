import { Group, SegmentedControl, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
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
import { TaskFilters } from './TaskFilters';
import { TaskList } from './TaskList';
import { useTaskWorkspace } from './use-task-workspace';
import { TaskOverlays } from './TaskOverlays';
import { AddButton } from '../../ui/AddButton';

/** งาน: every task of the office, as a list, a board by status or a calendar, with filters. */
export function TasksPage() {
  const { t } = useTranslation();
  const { currentStaff } = useAppData();
  const formatNumber = useFormatNumber();
  const [params, setParams] = useSearchParams();
  const { filter, view, mine } = filterFromParams(params);
  const workspace = useTaskWorkspace();
  const { tasks, people, lookups, setForm, setOpenId, today } = workspace;

  const shown = useMemo(() => {
    const effective = mine && currentStaff ? { ...filter, assigneeId: currentStaff.id } : filter;
    return filterTasks(tasks ?? [], effective, today).sort(compareTasks);
  }, [tasks, filter, mine, currentStaff, today]);

  const [writer] = useState(() => new TaskParamsWriter(params, (next) => setParams(next, { replace: true })));
  writer.seen(params);
  // ?task=<id> (a hit of the search of the whole app) opens that task's drawer, once: the
  // address forgets it, so the same hit opens the task again after its drawer was closed.
  const linkedTask = params.get('task');
  useEffect(() => {
    if (!linkedTask) return;
    setOpenId(linkedTask);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('task');
        return next;
      },
      { replace: true },
    );
  }, [linkedTask, setOpenId, setParams]);
  const open = (task: TaskRecord) => setOpenId(task.id);

  return (
    <>
      <PageHeader
        title={t('nav.missions')}
        subtitle={t('modules.missions.subtitle')}
        actions={<AddButton onClick={() => setForm({ mode: 'new', missionId: filter.missionId ?? undefined })}>{t('tasks.add')}</AddButton>}
      />
      <MissionsTabs active="tasks" />
      <TaskFilters
        filter={filter}
        mine={mine}
        canFilterMine={!!currentStaff}
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
      <TaskOverlays workspace={workspace} />
    </>
  );
}
