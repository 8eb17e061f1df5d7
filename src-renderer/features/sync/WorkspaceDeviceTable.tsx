import { Badge, Button, Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDevice } from '../../../src-main/shared/ipc/channels/sync-admin';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { shortDeviceId } from './workspace-admin';
import { DataTable } from '../../ui/DataTable';

/** The workspace's workstations: who, since when, what this one took in from each, and whether it was revoked. */
export function WorkspaceDeviceTable({ devices, onRevoke }: { devices: WorkspaceDevice[]; onRevoke: (device: WorkspaceDevice) => void }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (
    <Table.ScrollContainer minWidth={760}>
      <DataTable verticalSpacing="sm" testId="workspace-devices" headings={[t('syncAdmin.devices.name'), t('syncAdmin.devices.id'), t('syncAdmin.devices.admitted'), t('syncAdmin.devices.lastSeen'), t('syncAdmin.devices.status'), { 'aria-label': t('syncAdmin.devices.actions') }]}>
        {devices.map((device) => (
          <Table.Tr key={device.deviceId} data-testid="workspace-device">
            <Table.Td>
              <Stack gap={2} align="flex-start">
                <Text fw={500}>{device.deviceName}</Text>
                {device.thisDevice && (
                  <Badge variant="light" size="sm">
                    {t('syncAdmin.devices.thisDevice')}
                  </Badge>
                )}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Code title={device.deviceId}>{shortDeviceId(device.deviceId)}</Code>
            </Table.Td>
            <Table.Td>
              <ThaiDateText value={device.admittedAt} format="long" withTime />
            </Table.Td>
            <Table.Td>
              {device.lastSeen ? (
                <Stack gap={0}>
                  <Text size="sm">{t(device.thisDevice ? 'syncAdmin.devices.published' : 'syncAdmin.devices.received', { n: formatNumber(device.lastSeen.seq) })}</Text>
                  {device.lastSeen.at && (
                    <Text size="sm" c="dimmed">
                      <ThaiDateText value={device.lastSeen.at} format="long" withTime />
                    </Text>
                  )}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  {t(device.thisDevice ? 'syncAdmin.devices.neverPublished' : 'syncAdmin.devices.neverReceived')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {device.revoked ? (
                <Stack gap={2} align="flex-start" data-testid="device-revoked">
                  <Badge color="red">{t('syncAdmin.devices.revoked')}</Badge>
                  <Text size="sm">
                    <ThaiDateText value={device.revoked.at} format="long" withTime /> {t('syncAdmin.devices.revokedBy', { name: device.revoked.byDeviceName })}
                  </Text>
                  <Text size="sm">{t('syncAdmin.devices.reason', { reason: device.revoked.reason })}</Text>
                  <Text size="sm" c="dimmed">
                    {t('syncAdmin.devices.acceptUpTo', { n: formatNumber(device.revoked.acceptUpToSeq) })}
                  </Text>
                </Stack>
              ) : (
                <Badge color="teal" variant="light">
                  {t('syncAdmin.devices.active')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              {!device.thisDevice && !device.revoked && (
                <Button size="xs" color="red" variant="light" onClick={() => onRevoke(device)} aria-label={t('syncAdmin.revoke.button', { name: device.deviceName })}>
                  {t('syncAdmin.revoke.confirm')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Table.ScrollContainer>
  );
}
