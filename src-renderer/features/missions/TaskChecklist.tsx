import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskRecord } from '../../data';
import { useTaskCommands } from './data';
import { notifySaveFailed } from '../../ui/notify';

/** Ticking an item saves at once; the whole list is one field, so a tick is one small write. */
export function TaskChecklist({ task }: { task: TaskRecord }) {
  const { t } = useTranslation();
  const taskCommands = useTaskCommands();
  if (task.checklist.length === 0) return null;
  const done = task.checklist.filter((i) => i.done).length;
  const toggle = (id: string, checked: boolean) => {
    const checklist = task.checklist.map((item) => (item.id === id ? { ...item, done: checked } : item));
    taskCommands
      .update(task.id, { checklist })
      .catch((error: unknown) => notifySaveFailed(t, error));
  };
  return (
    <Stack gap={6}>
      <Text fw={600}>{t('tasks.checklistProgress', { done, total: task.checklist.length })}</Text>
      {task.checklist.map((item) => (
        <Checkbox key={item.id} label={item.text} checked={item.done} onChange={(e) => toggle(item.id, e.currentTarget.checked)} />
      ))}
    </Stack>
  );
}
