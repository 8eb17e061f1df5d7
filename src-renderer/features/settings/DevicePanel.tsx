import { Button, Code, CopyButton, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppData } from '../../session/app-data';
import { mainProcess } from '../../platform';
import { notifyIpcError } from '../../ui/notify';
import { UpdateSection } from './UpdateSection';

interface AppInfo {
  version: string;
  userDataDir: string;
}

/** "เครื่องนี้": the identity other workstations see in sync, and where this one keeps its files. */
export function DevicePanel() {
  const { t } = useTranslation();
  const { device, setDevice } = useAppData();
  const [name, setName] = useState(device.deviceName);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    mainProcess()
      .appGetInfo()
      .then(setInfo)
      .catch((error: unknown) => notifyIpcError(t, error));
  }, [t]);

  const rename = async () => {
    setSaving(true);
    try {
      setDevice(await mainProcess().deviceRename({ deviceName: name }));
      notifications.show({ color: 'teal', message: t('device.renamed') });
    } catch (error) {
      notifyIpcError(t, error, t('common.saveFailed'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="lg" maw={720}>
      <Stack>
        <Group align="flex-end">
          <TextInput
            label={t('device.name')}
            description={t('device.nameHelp')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={80}
            w={360}
          />
          <Button onClick={() => void rename()} loading={saving} disabled={name.trim() === '' || name === device.deviceName}>
            {t('common.save')}
          </Button>
        </Group>
        <div>
          <Text fw={500} size="sm">
            {t('device.id')}
          </Text>
          <Group gap="xs">
            <Code data-testid="device-id">{device.deviceId}</Code>
            <CopyButton value={device.deviceId}>
              {({ copied, copy }) => (
                <Button size="compact-sm" variant="subtle" onClick={copy}>
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </div>
        {info && (
          <Text size="sm">
            {t('device.dataFolder')}: <Code>{info.userDataDir}</Code>
          </Text>
        )}
        <UpdateSection version={info?.version ?? null} />
      </Stack>
    </Paper>
  );
}
