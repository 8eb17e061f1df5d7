import { Alert, Button, Code, Group, List, Paper, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFolder, IconRefresh, IconX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readSyncMeta } from '../../data';
import { useAppData } from '../../app/data-context';
import { IpcError, mainProcess } from '../../platform';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { FileDownloadPanel } from './FileDownloadPanel';
import { MissingFilesList } from './MissingFilesList';
import { SyncStopped, runSync, type SyncProgress, type SyncSummary } from './sync-engine';

interface Target {
  folder: string;
  workspaceId: string;
}

function errorText(t: (key: string) => string, error: unknown): string {
  if (error instanceof SyncStopped) return t(`syncPage.stopped.${error.code}`);
  if (error instanceof IpcError) return t(`errors.ipc.${error.code}`);
  return t('errors.ipc.internal');
}

export function SyncPanel() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const formatNumber = useFormatNumber();
  const [target, setTarget] = useState<Target | null | undefined>(undefined);
  const [folder, setFolder] = useState('');
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [summary, setSummary] = useState<SyncSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const meta = useLiveQuery(() => readSyncMeta(db), [db]);
  const pending = useLiveQuery(() => db.outbox.where('published').equals(0).count(), [db]) ?? 0;

  useEffect(() => {
    void mainProcess().syncGetTarget().then(setTarget);
  }, []);

  const choose = async () => {
    const { folder: chosen } = await mainProcess().syncChooseFolder();
    if (chosen) setFolder(chosen);
  };

  const setUp = async (mode: 'create' | 'join') => {
    setError(null);
    try {
      const next = mode === 'create' ? await mainProcess().syncCreateFolder({ folder }) : await mainProcess().syncJoinFolder({ folder });
      setTarget(next);
      notifications.show({ color: 'teal', message: t(mode === 'create' ? 'syncPage.created' : 'syncPage.joined') });
    } catch (e) {
      setError(errorText(t, e));
    }
  };

  const sync = useCallback(async () => {
    setError(null);
    setSummary(null);
    setCancelling(false);
    abort.current = new AbortController();
    setProgress({ step: 'backup', done: 0, total: 1 });
    try {
      const result = await runSync(db, mainProcess(), { onProgress: setProgress, signal: abort.current.signal });
      setSummary(result);
      notifications.show({ color: 'teal', message: t('syncPage.done') });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      abort.current = null;
      setProgress(null);
      setCancelling(false);
    }
  }, [db, t]);

  const cancel = () => {
    setCancelling(true);
    abort.current?.abort();
  };

  if (target === undefined) return null;

  if (target === null) {
    return (
      <Paper withBorder p="lg">
        <Stack>
          <Title order={2} size="h4">
            {t('syncPage.setupTitle')}
          </Title>
          <Text>{t('syncPage.setupExplain')}</Text>
          <Group align="flex-end">
            <TextInput
              label={t('syncPage.folder')}
              description={t('syncPage.folderHelp')}
              value={folder}
              onChange={(e) => setFolder(e.currentTarget.value)}
              w={520}
            />
            <Button variant="default" leftSection={<IconFolder size={18} />} onClick={() => void choose()}>
              {t('syncPage.chooseFolder')}
            </Button>
          </Group>
          <Group>
            <Button disabled={folder.trim() === ''} onClick={() => void setUp('create')}>
              {t('syncPage.create')}
            </Button>
            <Button variant="light" disabled={folder.trim() === ''} onClick={() => void setUp('join')}>
              {t('syncPage.join')}
            </Button>
          </Group>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </Paper>
    );
  }

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
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {summary && (
          <Alert color={summary.conflicts > 0 ? 'yellow' : 'teal'} title={t('syncPage.resultTitle')} data-testid="sync-summary">
            <List size="sm">
              <List.Item>{t('syncPage.sent', { n: formatNumber(summary.sent) })}</List.Item>
              <List.Item>{t('syncPage.received', { n: formatNumber(summary.received) })}</List.Item>
              <List.Item>{t('syncPage.conflicts', { n: formatNumber(summary.conflicts) })}</List.Item>
              {summary.waiting.length > 0 && <List.Item>{t('syncPage.waiting', { n: formatNumber(summary.waiting.length) })}</List.Item>}
              {summary.held > 0 && <List.Item>{t('syncPage.held', { n: formatNumber(summary.held) })}</List.Item>}
              {summary.missingTotal > 0 && <List.Item>{t('syncPage.missingFiles', { n: formatNumber(summary.missingTotal) })}</List.Item>}
            </List>
          </Alert>
        )}
        <FileDownloadPanel />
        <MissingFilesList />
      </Stack>
    </Paper>
  );
}
