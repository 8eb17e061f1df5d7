import { Alert, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPrinter, IconRefresh } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDevice } from '../../../src-main/shared/ipc/channels/sync-admin';
import { mainProcess } from '../../platform';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { useReadSyncPosition } from './data';
import { errorText } from './error-text';
import { KeySheetModal, type KeySheet } from './KeySheetModal';
import { RevokeDeviceModal } from './RevokeDeviceModal';
import { seenByThisWorkstation } from './workspace-admin';
import { WorkspaceDeviceTable } from './WorkspaceDeviceTable';
import { ErrorAlert } from '../../ui/ErrorAlert';

type Loaded = { state: 'closed' } | { state: 'loading' } | { state: 'no-folder' } | { state: 'ready'; devices: WorkspaceDevice[] } | { state: 'failed'; message: string };

/**
 * จัดการพื้นที่ซิงค์ (issue 18): the workspace's workstations and revoking one, changing the
 * office passphrase, and printing a new key sheet. Opened on demand: it reads the share's
 * registry, and the sync folder may be set up on this page after it was drawn. Main enforces
 * every rule (and, once issue 19 lands, who may use this section).
 */
export function WorkspaceAdminPanel() {
  const { t } = useTranslation();
  const readSyncPosition = useReadSyncPosition();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'closed' });
  const [revoking, setRevoking] = useState<WorkspaceDevice | null>(null);
  const [keySheet, setKeySheet] = useState<KeySheet | null>(null);
  const [sheetError, setSheetError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoaded({ state: 'loading' });
    try {
      if (!(await mainProcess().syncGetTarget())) return setLoaded({ state: 'no-folder' });
      const { meta, deviceId } = await readSyncPosition();
      const seen = seenByThisWorkstation(meta, deviceId);
      const { devices } = await mainProcess().syncListDevices({ seen });
      setLoaded({ state: 'ready', devices });
    } catch (e) {
      setLoaded({ state: 'failed', message: errorText(t, e) });
    }
  }, [readSyncPosition, t]);

  const printSheet = async () => {
    setSheetError(null);
    try {
      const sheet = await mainProcess().syncExportKeySheet();
      setKeySheet({ ...sheet, issuedAt: new Date().toISOString() });
    } catch (e) {
      setSheetError(errorText(t, e));
    }
  };

  const open = loaded.state !== 'closed';
  return (
    <Paper withBorder p="lg" data-testid="workspace-admin">
      <Stack>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={2} size="h4">
              {t('syncAdmin.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('syncAdmin.subtitle')}
            </Text>
          </Stack>
          <Button variant="default" aria-expanded={open} onClick={() => (open ? setLoaded({ state: 'closed' }) : void load())}>
            {open ? t('syncAdmin.hide') : t('syncAdmin.show')}
          </Button>
        </Group>
        {loaded.state === 'no-folder' && <Text>{t('syncAdmin.noFolder')}</Text>}
        {loaded.state === 'failed' && (
          <Alert color="red" role="alert">
            {loaded.message}
          </Alert>
        )}
        {(loaded.state === 'ready' || loaded.state === 'loading') && (
          <>
            <Alert color="gray" title={t('syncAdmin.whoTitle')}>
              {t('syncAdmin.who')}
            </Alert>
            <Group justify="space-between">
              <Title order={3} size="h5">
                {t('syncAdmin.devices.title')}
              </Title>
              <Button variant="subtle" size="xs" leftSection={<IconRefresh size={16} />} loading={loaded.state === 'loading'} onClick={() => void load()}>
                {t('syncAdmin.reload')}
              </Button>
            </Group>
            {loaded.state === 'ready' && <WorkspaceDeviceTable devices={loaded.devices} onRevoke={setRevoking} />}
            <Alert color="yellow" title={t('syncAdmin.limitTitle')}>
              {t('syncAdmin.limit')}
            </Alert>
            <Divider />
            <Title order={3} size="h5">
              {t('syncAdmin.passphrase.title')}
            </Title>
            <ChangePassphraseForm />
            <Divider />
            <Title order={3} size="h5">
              {t('syncAdmin.keySheet.title')}
            </Title>
            <Text size="sm">{t('syncAdmin.keySheet.explain')}</Text>
            <div>
              <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => void printSheet()}>
                {t('syncAdmin.keySheet.button')}
              </Button>
            </div>
            <ErrorAlert error={sheetError} />
          </>
        )}
      </Stack>
      {revoking && (
        <RevokeDeviceModal
          device={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            notifications.show({ color: 'teal', message: t('syncAdmin.revoke.done', { name: revoking.deviceName }) });
            setRevoking(null);
            void load();
          }}
        />
      )}
      {keySheet && <KeySheetModal sheet={keySheet} reprint onClose={() => setKeySheet(null)} />}
    </Paper>
  );
}
