import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, saveErrorText } from '../../ui/field-error';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { taskCommentSchema } from '../../../src-main/shared/domain/task';
import { useTaskCommands, useTaskComments } from './data';

/** Comments, oldest first, each a record of its own (two people commenting at once keep both). */
export function TaskComments({ taskId, staffName }: { taskId: string; staffName: Map<string, string> }) {
  const { t } = useTranslation();
  const taskCommands = useTaskCommands();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const comments = useTaskComments(taskId);
  const add = async () => {
    const parsed = taskCommentSchema.safeParse({ taskId, text });
    if (!parsed.success) {
      setError(fieldError(t, parsed.error.issues[0]?.message));
      return;
    }
    try {
      await taskCommands.addComment(parsed.data);
      setText('');
      setError(undefined);
    } catch (e) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, e) });
    }
  };
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('tasks.comments')}</Text>
      {comments?.map((c) => (
        <Paper key={c.id} withBorder p="xs" data-testid="task-comment">
          <Text size="xs" c="dimmed">
            {staffName.get(c.createdBy) ?? t('history.unknownActor')} · <ThaiDateText value={c.createdAt} withTime />
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.text}
          </Text>
        </Paper>
      ))}
      <Textarea
        aria-label={t('tasks.commentLabel')}
        placeholder={t('tasks.commentPlaceholder')}
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={error}
      />
      <Group justify="flex-end">
        <Button size="xs" onClick={() => void add()}>
          {t('tasks.addComment')}
        </Button>
      </Group>
    </Stack>
  );
}
