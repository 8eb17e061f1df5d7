import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_BLOB_BYTES, complaintRepo, getBlob, putBlob, type ComplaintRecord } from '../../data';
import { IpcError, mainProcess } from '../../platform';
import { useAppData } from '../../app/data-context';
import { saveErrorText } from '../../ui/field-error';
import { useFormatNumber } from '../../ui/use-format-number';

/** Scanned letters and evidence: content-addressed blobs, copied by sync before the record that names them. */
export function ComplaintAttachments({ complaint }: { complaint: ComplaintRecord }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const formatNumber = useFormatNumber();
  const attach = async (files: File[]) => {
    try {
      const added = [];
      for (const file of files) {
        if (file.size > MAX_BLOB_BYTES) {
          notifications.show({ color: 'red', message: t('complaints.fileTooLarge', { name: file.name }) });
          continue;
        }
        const mime = file.type || 'application/octet-stream';
        const blobId = await putBlob(db, new Uint8Array(await file.arrayBuffer()), mime);
        added.push({ blobId, name: file.name.slice(0, 255), mime, size: file.size });
      }
      if (added.length > 0) await complaintRepo(db).update(complaint.id, { attachments: [...complaint.attachments, ...added] });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  };
  const saveToDisk = async (attachment: ComplaintRecord['attachments'][number]) => {
    try {
      const blob = await getBlob(db, attachment.blobId);
      if (!blob) {
        notifications.show({ color: 'orange', message: t('complaints.attachmentNotHere') });
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
    complaintRepo(db)
      .update(complaint.id, { attachments: complaint.attachments.filter((a) => a.blobId !== blobId) })
      .catch((error: unknown) => notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) }));
  };
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text fw={600}>{t('complaints.attachments')}</Text>
        <FileButton multiple accept="application/pdf,image/*" onChange={(files) => void attach(files)}>
          {(props) => (
            <Button {...props} size="xs" variant="light" leftSection={<IconPaperclip size={14} />}>
              {t('complaints.attach')}
            </Button>
          )}
        </FileButton>
      </Group>
      {complaint.attachments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('complaints.noAttachments')}
        </Text>
      )}
      {complaint.attachments.map((a) => (
        <Group key={a.blobId} justify="space-between" data-testid="complaint-attachment">
          <Text size="sm">
            {a.name} ({formatNumber(Math.max(1, Math.round(a.size / 1024)))} KB)
          </Text>
          <Group gap={4}>
            <Button size="compact-xs" variant="subtle" onClick={() => void saveToDisk(a)}>
              {t('complaints.saveAttachment')}
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(a.blobId)}>
              {t('complaints.removeAttachment')}
            </Button>
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
