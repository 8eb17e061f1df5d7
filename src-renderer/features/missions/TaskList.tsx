import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconSubtask } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskRecord } from '../../data';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { isOverdue } from './model/task-filter';
import { OverdueBadge, PriorityBadge, StatusBadge, TaskProgress } from './task-badges';
import type { TaskLookups } from './data/use-mission-data';

const ROW_HEIGHT = 68;

/** The task table, virtualized: 5,000 tasks keep only the visible rows in the DOM. */
export function TaskList({ tasks, lookups, today, onOpen }: { tasks: TaskRecord[]; lookups: TaskLookups; today: string; onOpen: (task: TaskRecord) => void }) {
  const { t } = useTranslation();
  const parentRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render, which the React compiler cannot memoize.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: tasks.length, getScrollElement: () => parentRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });

  return (
    <Box ref={parentRef} style={{ height: 'calc(100vh - 330px)', minHeight: 300, overflow: 'auto' }} data-testid="task-list">
      <div role="list" aria-label={t('tasks.listLabel')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const task = tasks[item.index];
          if (!task) return null;
          const mission = lookups.mission.get(task.missionId);
          const subTasks = lookups.subTaskCount.get(task.id) ?? 0;
          return (
            <UnstyledButton
              key={task.id}
              role="listitem"
              aria-label={task.title}
              data-testid="task-row"
              onClick={() => onOpen(task)}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
                borderBottom: '1px solid var(--mantine-color-gray-2)',
                padding: '6px 12px',
              }}
            >
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
            </UnstyledButton>
          );
        })}
      </div>
    </Box>
  );
}
