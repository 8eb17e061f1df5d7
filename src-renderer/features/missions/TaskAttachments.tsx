import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_BLOB_BYTES, getBlob, putBlob, taskRepo, type TaskRecord } from '../../data';
import { IpcError, mainProcess } from '../../platform';
import { useAppData } from '../../app/data-context';
import { saveErrorText } from '../../ui/field-error';
import { useFormatNumber } from '../../ui/use-format-number';

/**
 * Files attached to a task: kept as content-addressed blobs, so sync copies them to the other
 * workstations before the change that mentions them.
 */
export function TaskAttachments({ task }: { task: TaskRecord }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const formatNumber = useFormatNumber();
  const attach = async (files: File[]) => {
    try {
      const added = [];
      for (const file of files) {
        if (file.size > MAX_BLOB_BYTES) {
          notifications.show({ color: 'red', message: t('tasks.fileTooLarge', { name: file.name }) });
          continue;
        }
        const mime = file.type || 'application/octet-stream';
        const blobId = await putBlob(db, new Uint8Array(await file.arrayBuffer()), mime);
        added.push({ blobId, name: file.name.slice(0, 255), mime, size: file.size });
      }
      if (added.length > 0) await taskRepo(db).update(task.id, { attachments: [...task.attachments, ...added] });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  };
  const saveToDisk = async (attachment: TaskRecord['attachments'][number]) => {
    try {
      const blob = await getBlob(db, attachment.blobId);
      // Synced from another workstation but not copied here yet: say so rather than fail.
      if (!blob) {
        notifications.show({ color: 'orange', message: t('tasks.attachmentNotHere') });
        return;
      }
      const { filePath } = await mainProcess().exportAttachment({ bytes: new Uint8Array(blob.data), suggestedFileName: attachment.name });
      notifications.show({ color: 'teal', message: t('common.fileSaved', { path: filePath }) });
    } catch (error) {
      const code = error instanceof IpcError ? error.code : 'internal';
      if (code !== 'cancelled') notifications.show({ color: 'red', message: t(`errors.ipc.${code}`) });
    }
  };
  const remove = (blobId: string) => {
    taskRepo(db)
      .update(task.id, { attachments: task.attachments.filter((a) => a.blobId !== blobId) })
      .catch((error: unknown) => notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) }));
  };
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text fw={600}>{t('tasks.attachments')}</Text>
        <FileButton multiple onChange={(files) => void attach(files)}>
          {(props) => (
            <Button {...props} size="xs" variant="light" leftSection={<IconPaperclip size={14} />}>
              {t('tasks.attach')}
            </Button>
          )}
        </FileButton>
      </Group>
      {task.attachments.map((a) => (
        <Group key={a.blobId} justify="space-between" data-testid="task-attachment">
          <Text size="sm">
            {a.name} ({formatNumber(Math.max(1, Math.round(a.size / 1024)))} KB)
          </Text>
          <Group gap={4}>
            <Button size="compact-xs" variant="subtle" onClick={() => void saveToDisk(a)}>
              {t('tasks.saveAttachment')}
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(a.blobId)}>
              {t('tasks.removeAttachment')}
            </Button>
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
