import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../src-main/shared/domain/task';
import { withoutInvisibleCharacters } from '../../src-main/shared/files/safe-file-name';
import { IpcError, mainProcess, putBlob } from '../platform';
import { MAX_BLOB_MB, sizeInKb, sizeInMb, splitBySize, splitExecutables } from './attachment-files';
import { saveErrorText } from './field-error';
import { useFormatNumber } from './use-format-number';

/**
 * Files attached to a record, kept as content-addressed blobs so sync copies them to the other
 * workstations before the change that mentions them. The owner decides how the list is stored
 * (at once for a task, with the form's บันทึก for a briefing). Texts come from `keyPrefix`:
 * `attachments`, `attach`, `saveAttachment`, `removeAttachment`, `fileTooLarge`, `attachmentNotHere`.
 */
export function BlobAttachments({
  attachments,
  onChange,
  keyPrefix,
  testId = 'attachment',
}: {
  attachments: readonly Attachment[];
  onChange: (next: Attachment[]) => Promise<unknown> | void;
  keyPrefix: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const update = async (next: Attachment[]) => {
    try {
      await onChange(next);
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  };
  const attach = async (files: File[]) => {
    const { accepted: notPrograms, executable } = splitExecutables(files);
    for (const file of executable) {
      // shown without the invisible characters that would make "ภาพ\u202Egpj.exe" read as a photo
      notifications.show({ color: 'red', autoClose: 10_000, message: t('common.executableFile', { name: withoutInvisibleCharacters(file.name) }) });
    }
    const { accepted, tooLarge } = splitBySize(notPrograms);
    for (const file of tooLarge) {
      notifications.show({ color: 'red', autoClose: 10_000, message: t(`${keyPrefix}.fileTooLarge`, { name: file.name, size: sizeInMb(file.size), max: MAX_BLOB_MB }) });
    }
    try {
      const added: Attachment[] = [];
      for (const file of accepted) {
        const mime = file.type || 'application/octet-stream';
        const blobId = await putBlob(new Uint8Array(await file.arrayBuffer()));
        // The same file twice is one blob; list it once.
        if (!attachments.some((a) => a.blobId === blobId) && !added.some((a) => a.blobId === blobId)) {
          added.push({ blobId, name: file.name.slice(0, 255), mime, size: file.size });
        }
      }
      if (added.length > 0) await update([...attachments, ...added]);
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  };
  const saveToDisk = async (attachment: Attachment) => {
    try {
      const { filePath } = await mainProcess().exportAttachment({ blobId: attachment.blobId, suggestedFileName: attachment.name });
      notifications.show({ color: 'teal', message: t('common.fileSaved', { path: filePath }) });
    } catch (error) {
      const code = error instanceof IpcError ? error.code : 'internal';
      // Synced from another workstation but not copied here yet: say so rather than fail.
      if (code === 'not-found') notifications.show({ color: 'orange', message: t(`${keyPrefix}.attachmentNotHere`) });
      else if (code !== 'cancelled') notifications.show({ color: 'red', message: t(`errors.ipc.${code}`) });
    }
  };
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text fw={600}>{t(`${keyPrefix}.attachments`)}</Text>
        <FileButton multiple onChange={(files) => void attach(files)}>
          {(props) => (
            <Button {...props} size="xs" variant="light" leftSection={<IconPaperclip size={14} />}>
              {t(`${keyPrefix}.attach`)}
            </Button>
          )}
        </FileButton>
      </Group>
      {attachments.map((a) => (
        <Group key={a.blobId} justify="space-between" data-testid={testId}>
          <Text size="sm">
            {a.name} ({formatNumber(sizeInKb(a.size))} KB)
          </Text>
          <Group gap={4}>
            <Button size="compact-xs" variant="subtle" onClick={() => void saveToDisk(a)}>
              {t(`${keyPrefix}.saveAttachment`)}
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => void update(attachments.filter((x) => x.blobId !== a.blobId))}>
              {t(`${keyPrefix}.removeAttachment`)}
            </Button>
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
