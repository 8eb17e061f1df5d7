import { Badge, Box, Group, Menu, Paper, SimpleGrid, Stack, Text, ActionIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES, type TaskStatus } from '../../../src-main/shared/domain/task';
import { taskWorkflow } from '../../../src-main/shared/domain/task-workflow';
import type { TaskRecord } from '../../data';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { isOverdue } from './model/task-filter';
import { OverdueBadge, STATUS_COLORS, TaskProgress } from './task-badges';
import { useTaskCommands, type TaskLookups } from './data';
import { notifySaveFailed } from '../../ui/notify';

const CARD_HEIGHT = 112;
const DRAG_TYPE = 'application/x-prdesk-task';

interface BoardProps {
  tasks: TaskRecord[];
  lookups: TaskLookups;
  today: string;
  onOpen: (task: TaskRecord) => void;
}

/**
 * Board by status. Cards are dragged between columns, or moved with the card's menu (keyboard
 * and touch users). Each column is virtualized, so a column of thousands stays light.
 */
export function TaskBoard({ tasks, lookups, today, onOpen }: BoardProps) {
  const { t } = useTranslation();
  const taskCommands = useTaskCommands();
  const move = (task: TaskRecord, status: TaskStatus) => {
    taskCommands.setStatus(task, status, today)
      .then(() => notifications.show({ color: 'teal', message: t('tasks.moved', { title: task.title, status: t(`tasks.status.${status}`) }) }))
      .catch((error: unknown) => notifySaveFailed(t, error));
  };
  const byId = new Map(tasks.map((task) => [task.id, task]));
  return (
    <SimpleGrid cols={4} spacing="sm" data-testid="task-board">
      {TASK_STATUSES.map((status) => (
        <BoardColumn
          key={status}
          status={status}
          tasks={tasks.filter((task) => task.status === status)}
          lookups={lookups}
          today={today}
          onOpen={onOpen}
          onMove={move}
          onDropTask={(id) => {
            const task = byId.get(id);
            if (task && taskWorkflow.canMove(task.status, status)) move(task, status);
          }}
        />
      ))}
    </SimpleGrid>
  );
}

function BoardColumn({
  status,
  tasks,
  lookups,
  today,
  onOpen,
  onMove,
  onDropTask,
}: Omit<BoardProps, 'tasks'> & { status: TaskStatus; tasks: TaskRecord[]; onMove: (task: TaskRecord, status: TaskStatus) => void; onDropTask: (id: string) => void }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const parentRef = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: tasks.length, getScrollElement: () => parentRef.current, estimateSize: () => CARD_HEIGHT, overscan: 4 });
  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(DRAG_TYPE);

  return (
    <Paper
      withBorder
      p="xs"
      bg={over ? 'indigo.0' : 'gray.0'}
      role="region"
      aria-label={t(`tasks.status.${status}`)}
      data-testid={`board-column-${status}`}
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const id = event.dataTransfer.getData(DRAG_TYPE);
        if (id) onDropTask(id);
      }}
    >
      <Group justify="space-between" mb="xs">
        <Text fw={700}>{t(`tasks.status.${status}`)}</Text>
        <Badge color={STATUS_COLORS[status]} variant="light" data-testid="column-count">
          {formatNumber(tasks.length)}
        </Badge>
      </Group>
      <Box ref={parentRef} style={{ height: 'calc(100vh - 380px)', minHeight: 260, overflow: 'auto' }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const task = tasks[item.index];
            if (!task) return null;
            const overdue = isOverdue(task, today);
            return (
              <Paper
                key={task.id}
                withBorder
                shadow="xs"
                p={8}
                draggable
                data-testid="board-card"
                aria-label={task.title}
                onDragStart={(event) => {
                  event.dataTransfer.setData(DRAG_TYPE, task.id);
                  event.dataTransfer.effectAllowed = 'move';
                }}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: CARD_HEIGHT - 8, transform: `translateY(${item.start}px)`, cursor: 'grab' }}
              >
                <Stack gap={4}>
                  <Group justify="space-between" wrap="nowrap" gap={4}>
                    <Text size="sm" fw={600} lineClamp={2} style={{ cursor: 'pointer' }} onClick={() => onOpen(task)}>
                      {task.title}
                    </Text>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" size="sm" aria-label={t('tasks.moveTo', { title: task.title })}>
                          <IconArrowsExchange size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Label>{t('tasks.moveToLabel')}</Menu.Label>
                        {taskWorkflow.targets(status).map((s) => (
                          <Menu.Item key={s} onClick={() => onMove(task, s)}>
                            {t(`tasks.status.${s}`)}
                          </Menu.Item>
                        ))}
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                  <Group gap={6} wrap="nowrap">
                    {task.dueDate && (
                      <Text size="xs" c={overdue ? 'red' : 'dimmed'}>
                        <ThaiDateText value={task.dueDate} />
                      </Text>
                    )}
                    {overdue && <OverdueBadge />}
                  </Group>
                  <TaskProgress value={lookups.progress.get(task.id) ?? task.progress} />
                </Stack>
              </Paper>
            );
          })}
        </div>
      </Box>
    </Paper>
  );
}
