import { Button, Code, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh, IconX } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mainProcess } from '../../platform';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { errorText } from './error-text';
import { FileDownloadPanel } from './FileDownloadPanel';
import { MissingFilesList } from './MissingFilesList';
import { usePendingChangeCount, useRunSync, useSyncMeta, type SyncProgress, type SyncSummary } from './data';
import type { SyncTargetView } from './SyncSetup';
import { SyncSummaryAlert } from './SyncSummaryAlert';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** A workstation with a sync folder: the button, its progress and cancel, and the result. */
export function SyncNowPanel({ target }: { target: SyncTargetView }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [summary, setSummary] = useState<SyncSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const meta = useSyncMeta();
  const pending = usePendingChangeCount();
  const runSync = useRunSync();

  const sync = useCallback(async () => {
    setError(null);
    setSummary(null);
    setCancelling(false);
    abort.current = new AbortController();
    setProgress({ step: 'backup', done: 0, total: 1 });
    try {
      const result = await runSync(mainProcess(), { onProgress: setProgress, signal: abort.current.signal });
      setSummary(result);
      notifications.show({ color: 'teal', message: t('syncPage.done') });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      abort.current = null;
      setProgress(null);
      setCancelling(false);
    }
  }, [runSync, t]);

  const cancel = () => {
    setCancelling(true);
    abort.current?.abort();
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Text>
              {t('syncPage.folder')}: <Code data-testid="sync-folder">{target.folder}</Code>
            </Text>
            <Text size="sm" c="dimmed">
              {meta?.lastSyncAt ? (
                <>
                  {t('syncPage.lastSync')} <ThaiDateText value={meta.lastSyncAt} format="long" withTime />
                </>
              ) : (
                t('syncPage.never')
              )}
              {' · '}
              {t('syncPage.pending', { n: formatNumber(pending) })}
            </Text>
          </Stack>
          <Button size="lg" leftSection={<IconRefresh size={20} />} loading={progress !== null} onClick={() => void sync()}>
            {t('syncPage.syncNow')}
          </Button>
        </Group>
        {progress && (
          <Stack gap={4} data-testid="sync-progress">
            <Group justify="space-between">
              <Text size="sm">
                {cancelling ? t('syncPage.cancelling') : t(`syncPage.step.${progress.step}`, { done: formatNumber(progress.done), total: formatNumber(progress.total) })}
              </Text>
              <Button size="xs" variant="default" leftSection={<IconX size={14} />} disabled={cancelling} onClick={cancel}>
                {t('syncPage.cancel')}
              </Button>
            </Group>
            <Progress value={percent} animated />
          </Stack>
        )}
        <ErrorAlert error={error} />
        {summary && <SyncSummaryAlert summary={summary} />}
        <FileDownloadPanel />
        <MissingFilesList />
      </Stack>
    </Paper>
  );
}
