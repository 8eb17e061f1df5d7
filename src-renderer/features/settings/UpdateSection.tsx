import { Alert, Button, Code, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '../../../src-main/shared/ipc/channels/update';
import { mainProcess } from '../../platform';
import { notifyIpcError } from '../../ui/notify';

/** How often the status is asked while a check or a download runs in main. */
const POLL_MS = 1000;

/**
 * "เวอร์ชันของโปรแกรม" in Settings → เครื่องนี้: the version running, and the update steps, each
 * one pressed by the person (main never downloads or installs by itself). Outside the installed
 * program main says 'off', and offices install the signed installer from the share or a USB stick.
 */
export function UpdateSection({ version }: { version: string | null }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<UpdateStatus | null>(null);

  const failed = useCallback((error: unknown) => notifyIpcError(t, error), [t]);

  useEffect(() => {
    let stale = false;
    mainProcess()
      .updateStatus()
      .then(({ status: next }) => !stale && setStatus(next))
      .catch(failed);
    return () => {
      stale = true;
    };
  }, [failed]);

  const busy = status?.state === 'checking' || status?.state === 'downloading';
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => {
      mainProcess()
        .updateStatus()
        .then(({ status: next }) => setStatus(next))
        .catch(() => undefined); // the next tick asks again
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [busy]);

  const check = () => {
    setStatus({ state: 'checking' });
    mainProcess()
      .updateCheck()
      .then(({ status: next }) => setStatus(next))
      .catch((error: unknown) => {
        failed(error);
        void mainProcess().updateStatus().then(({ status: next }) => setStatus(next));
      });
  };

  const download = () => {
    mainProcess()
      .updateDownload()
      .then(({ status: next }) => setStatus(next))
      .catch(failed);
  };

  const install = (next: string) => {
    modals.openConfirmModal({
      title: t('device.update.installTitle', { version: next }),
      children: <Text size="sm">{t('device.update.installConfirm')}</Text>,
      labels: { confirm: t('device.update.install'), cancel: t('common.cancel') },
      onConfirm: () => {
        mainProcess()
          .updateInstall()
          .then(({ status: after }) => setStatus(after))
          .catch(failed);
      },
    });
  };

  return (
    <Stack gap="xs" data-testid="update-section">
      <Title order={4}>{t('device.update.title')}</Title>
      <Text size="sm">
        {t('device.version')}: <Code>{version ?? '…'}</Code>
      </Text>
      {status?.state === 'off' ? (
        <Alert color="gray" data-testid="update-off">
          <Text size="sm">{t('device.update.off')}</Text>
          <Text size="sm">{t('device.update.offline')}</Text>
        </Alert>
      ) : (
        status && (
          <Text size="sm" role="status" data-testid="update-status" c={status.state === 'error' ? 'red' : undefined}>
            {statusText(status, t)}
          </Text>
        )
      )}
      {status?.state === 'downloading' && <Progress value={status.percent} aria-label={t('device.update.downloading', { percent: status.percent })} />}
      <Group gap="xs">
        <Button variant="default" onClick={check} loading={status?.state === 'checking'} disabled={!status || status.state === 'off' || status.state === 'downloading' || status.state === 'ready'}>
          {t('device.update.check')}
        </Button>
        {status?.state === 'available' && <Button onClick={download}>{t('device.update.download')}</Button>}
        {status?.state === 'ready' && <Button onClick={() => install(status.version)}>{t('device.update.install')}</Button>}
      </Group>
    </Stack>
  );
}

function statusText(status: UpdateStatus, t: (key: string, options?: Record<string, unknown>) => string): string {
  switch (status.state) {
    case 'off':
      return t('device.update.off');
    case 'idle':
      return t('device.update.idle');
    case 'checking':
      return t('device.update.checking');
    case 'up-to-date':
      return t('device.update.upToDate');
    case 'available':
      return t('device.update.available', { version: status.version });
    case 'downloading':
      return t('device.update.downloading', { percent: status.percent });
    case 'ready':
      return t('device.update.ready', { version: status.version });
    case 'error':
      return t(`device.update.error.${status.during}`, { message: status.message });
  }
}
