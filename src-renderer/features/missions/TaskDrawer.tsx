import { Badge, Button, Divider, Drawer, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconHistory, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES, type TaskStatus } from '../../../src-main/shared/domain/task';
import { taskWorkflow } from '../../../src-main/shared/domain/task-workflow';
import type { TaskRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { RecordHistory } from '../../ui/RecordHistory';
import type { HistoryField } from '../../ui/history-text';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { isOverdue } from './model/task-filter';
import { OverdueBadge, PriorityBadge, StatusBadge, TaskProgress } from './task-badges';
import { TaskAttachments } from './TaskAttachments';
import { TaskChecklist } from './TaskChecklist';
import { TaskComments } from './TaskComments';
import type { TaskFormTarget } from './TaskFormModal';
import { useSubTasks, useTask, useTaskCommands, type TaskLookups } from './data';
import { WorkLinks } from './WorkLinks';
import { PlanTagField } from '../plans';
import { notifySaveFailed } from '../../ui/notify';
import { confirmDanger } from '../../ui/confirm-danger';

interface Props {
  taskId: string | null;
  lookups: TaskLookups;
  today: string;
  onClose: () => void;
  onOpenTask: (id: string) => void;
  onEdit: (target: TaskFormTarget) => void;
}

/** A task's history in the words of its form: coded values by their names (ids become names by themselves). */
const TASK_HISTORY_FIELDS: Readonly<Record<string, HistoryField>> = {
  status: { choice: 'tasks.status' },
  priority: { choice: 'tasks.priority' },
  recurrence: { choice: 'tasks.recurrence' },
  workGroup: { choice: 'workGroups' },
  progress: { number: 'history.percent' },
};
const TASK_HISTORY_ORDER = ['missionId', 'parentId', 'title', 'workGroup', 'details', 'assigneeIds', 'startDate', 'dueDate', 'status', 'priority', 'progress', 'recurrence', 'completedOn', 'checklist', 'attachments'];

/** One task in full: status, sub-tasks, checklist, files, comments, work done, history. */
export function TaskDrawer({ taskId, lookups, today, onClose, onOpenTask, onEdit }: Props) {
  const { t } = useTranslation();
  const { device } = useAppData();
  const taskCommands = useTaskCommands();
  const [historyOpen, setHistoryOpen] = useState(false);
  const task = useTask(taskId);
  const subTasks = useSubTasks(taskId);
  const mission = task ? lookups.mission.get(task.missionId) : undefined;

  const changeStatus = (record: TaskRecord, status: TaskStatus) => {
    taskCommands.setStatus(record, status, today).catch((error: unknown) =>
      notifySaveFailed(t, error),
    );
  };
  const remove = (record: TaskRecord) =>
    confirmDanger(t, {
      title: t('tasks.deleteTitle'),
      message: t('tasks.deleteConfirm', { title: record.title }),
      confirm: t('tasks.delete'),
      onConfirm: () => {
        taskCommands
          .remove(record.id)
          .then(onClose)
          .catch((error: unknown) => notifySaveFailed(t, error));
      },
    });

  return (
    <Drawer
      opened={taskId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('tasks.detailTitle')}
      // Below the task form (200), which opens from here, and below dropdowns (300).
      zIndex={150}
    >
      {task && (
        <Stack gap="md" data-testid="task-detail">
          <Stack gap={4}>
            <Title order={2} size="h3">
              {task.title}
            </Title>
            {mission && (
              <Text size="sm" c="dimmed">
                {t('tasks.missionNo', { no: mission.no })} {mission.title}
              </Text>
            )}
            {task.parentId && (
              <Button variant="subtle" size="compact-sm" style={{ alignSelf: 'flex-start' }} onClick={() => task.parentId && onOpenTask(task.parentId)}>
                {t('tasks.openParent')}
              </Button>
            )}
          </Stack>
          <Group gap="sm">
            <StatusBadge status={task.status} />
            <PriorityBadge priority={task.priority} />
            {isOverdue(task, today) && <OverdueBadge />}
            <TaskProgress value={lookups.progress.get(task.id) ?? task.progress} />
            {task.recurrence !== 'none' && <Badge variant="outline">{t(`tasks.recurrence.${task.recurrence}`)}</Badge>}
          </Group>
          <Group gap="xl">
            <Select
              label={t('tasks.fields.status')}
              data={TASK_STATUSES.filter((s) => s === task.status || taskWorkflow.canMove(task.status, s)).map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))}
              value={task.status}
              onChange={(v) => v && changeStatus(task, v)}
              allowDeselect={false}
              w={200}
            />
            <Stack gap={0}>
              <Text size="sm" c="dimmed">
                {t('tasks.fields.startDate')}
              </Text>
              <Text>{task.startDate ? <ThaiDateText value={task.startDate} format="long" /> : '—'}</Text>
            </Stack>
            <Stack gap={0}>
              <Text size="sm" c="dimmed">
                {t('tasks.fields.dueDate')}
              </Text>
              <Text c={isOverdue(task, today) ? 'red' : undefined}>{task.dueDate ? <ThaiDateText value={task.dueDate} format="long" /> : '—'}</Text>
            </Stack>
          </Group>
          <Text size="sm">
            <b>{t('tasks.fields.assignees')}:</b> {task.assigneeIds.map((id) => lookups.staffName.get(id)).filter(Boolean).join(', ') || '—'} ·{' '}
            {t(`workGroups.${task.workGroup}`)}
          </Text>
          {task.details && <Text style={{ whiteSpace: 'pre-wrap' }}>{task.details}</Text>}
          <Group gap="xs">
            <Button leftSection={<IconPencil size={16} />} variant="light" onClick={() => onEdit({ mode: 'edit', task })}>
              {t('common.edit')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => onEdit({ mode: 'new', parent: task })}>
              {t('tasks.addSubTask')}
            </Button>
            <Button leftSection={<IconHistory size={16} />} variant="subtle" onClick={() => setHistoryOpen(true)}>
              {t('history.title')}
            </Button>
            <Button leftSection={<IconTrash size={16} />} variant="subtle" color="red" onClick={() => remove(task)}>
              {t('tasks.delete')}
            </Button>
          </Group>
          <Divider />
          <Stack gap={6} data-testid="sub-tasks">
            <Text fw={600}>{t('tasks.subTasks', { count: subTasks?.length ?? 0 })}</Text>
            {subTasks?.map((sub) => (
              <Group key={sub.id} justify="space-between" wrap="nowrap">
                <Button variant="subtle" size="compact-sm" onClick={() => onOpenTask(sub.id)} style={{ flex: 1 }} styles={{ inner: { justifyContent: 'flex-start' } }}>
                  {sub.title}
                </Button>
                <StatusBadge status={sub.status} />
                <TaskProgress value={lookups.progress.get(sub.id) ?? sub.progress} />
              </Group>
            ))}
          </Stack>
          <TaskChecklist task={task} />
          <TaskAttachments task={task} />
          <Divider />
          <Text fw={600}>{t('workLinks.title')}</Text>
          <WorkLinks missionId={task.missionId} taskId={task.id} />
          <Divider />
          {/* The day a finished task counts on; an open one is offered the plans of its due day. */}
          <PlanTagField table="tasks" recordId={task.id} title={task.title} date={task.completedOn ?? task.dueDate ?? task.startDate ?? today} />
          <Divider />
          <TaskComments taskId={task.id} staffName={lookups.staffName} />
          <RecordHistory
            opened={historyOpen}
            onClose={() => setHistoryOpen(false)}
            table="tasks"
            recordId={task.id}
            thisDeviceId={device.deviceId}
            labelPrefix="tasks.fields"
            fields={TASK_HISTORY_FIELDS}
            fieldOrder={TASK_HISTORY_ORDER}
          />
        </Stack>
      )}
    </Drawer>
  );
}
