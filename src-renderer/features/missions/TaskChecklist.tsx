import { Checkbox, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { taskRepo, type TaskRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { saveErrorText } from '../../ui/field-error';

/** Ticking an item saves at once; the whole list is one field, so a tick is one small write. */
export function TaskChecklist({ task }: { task: TaskRecord }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  if (task.checklist.length === 0) return null;
  const done = task.checklist.filter((i) => i.done).length;
  const toggle = (id: string, checked: boolean) => {
    const checklist = task.checklist.map((item) => (item.id === id ? { ...item, done: checked } : item));
    taskRepo(db)
      .update(task.id, { checklist })
      .catch((error: unknown) => notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) }));
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
