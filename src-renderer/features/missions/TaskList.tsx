import { Group, Stack, Text } from '@mantine/core';
import { IconSubtask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TaskRecord } from '../../data';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { VirtualRowList } from '../../ui/VirtualRowList';
import { isOverdue } from './model/task-filter';
import { OverdueBadge, PriorityBadge, StatusBadge, TaskProgress } from './task-badges';
import type { TaskLookups } from './data';

const ROW_HEIGHT = 68;

/** The task table, virtualized: 5,000 tasks keep only the visible rows in the DOM. */
export function TaskList({ tasks, lookups, today, onOpen }: { tasks: TaskRecord[]; lookups: TaskLookups; today: string; onOpen: (task: TaskRecord) => void }) {
  const { t } = useTranslation();
  return (
    <VirtualRowList
      items={tasks}
      rowHeight={ROW_HEIGHT}
      heightOffset={330}
      testId="task-list"
      label={t('tasks.listLabel')}
      rowKey={(task) => task.id}
      rowLabel={(task) => task.title}
      rowTestId="task-row"
      onOpen={onOpen}
    >
      {(task) => {
        const mission = lookups.mission.get(task.missionId);
        const subTasks = lookups.subTaskCount.get(task.id) ?? 0;
        return (
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Group gap={6} wrap="nowrap">
                {task.parentId && <IconSubtask size={14} aria-label={t('tasks.isSubTask')} />}
                <Text fw={600} truncate>
                  {task.title}
                </Text>
                <PriorityBadge priority={task.priority} />
              </Group>
              <Text size="xs" c="dimmed" truncate>
                {mission ? t('tasks.missionNo', { no: mission.no }) : ''}
                {task.assigneeIds.length > 0 && ` · ${task.assigneeIds.map((id) => lookups.staffName.get(id) ?? '').filter(Boolean).join(', ')}`}
                {subTasks > 0 && ` · ${t('tasks.subTaskCount', { count: subTasks })}`}
              </Text>
            </Stack>
            <Group gap="sm" wrap="nowrap">
              {task.dueDate && (
                <Text size="sm" c={isOverdue(task, today) ? 'red' : undefined}>
                  <ThaiDateText value={task.dueDate} />
                </Text>
              )}
              {isOverdue(task, today) && <OverdueBadge />}
              <StatusBadge status={task.status} />
              <TaskProgress value={lookups.progress.get(task.id) ?? task.progress} />
            </Group>
          </Group>
        );
      }}
    </VirtualRowList>
  );
}
