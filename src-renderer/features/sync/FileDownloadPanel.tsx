import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../ui/use-format-number';
import { useFileDownload } from './data';

/** The background download of photos and attachments after a sync: progress, stop, outcome. */
export function FileDownloadPanel() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const { state, cancel } = useFileDownload();

  if (state.running) {
    const percent = state.total > 0 ? Math.round((state.done / state.total) * 100) : 0;
    return (
      <Stack gap={4} data-testid="file-download">
        <Group justify="space-between">
          <Stack gap={0}>
            <Text size="sm">{t('syncPage.files.downloading', { done: formatNumber(state.done), total: formatNumber(state.total) })}</Text>
            <Text size="xs" c="dimmed">
              {t('syncPage.files.downloadHelp')}
            </Text>
          </Stack>
          <Button size="xs" variant="default" leftSection={<IconX size={14} />} onClick={cancel}>
            {t('syncPage.files.cancel')}
          </Button>
        </Group>
        <Progress value={percent} animated />
      </Stack>
    );
  }
  const result = state.result;
  if (!result) return null;
  if (result.errorCode) {
    return (
      <Alert color="red" data-testid="file-download">
        {t('syncPage.files.failed', { reason: t(`errors.ipc.${result.errorCode}`) })}
      </Alert>
    );
  }
  if (result.cancelled) {
    return (
      <Text size="sm" data-testid="file-download">
        {t('syncPage.files.cancelled', { fetched: formatNumber(state.fetched) })}
      </Text>
    );
  }
  if (state.total === 0) return null;
  return (
    <Text size="sm" c="teal" data-testid="file-download">
      {t('syncPage.files.done', { fetched: formatNumber(state.fetched) })}
    </Text>
  );
}
