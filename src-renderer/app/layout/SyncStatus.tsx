import { Badge, Tooltip } from '@mantine/core';
import { IconDeviceDesktop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../../data';
import { formatThaiDateLong, formatThaiTime } from '../../../src-main/shared/text/thai-date';
import { useFormatNumber } from '../../ui/use-format-number';

/**
 * Offline-first status: data always lives on this workstation; what matters is how many
 * changes have not reached the other workstations yet, and when they last met.
 */
export function SyncStatus() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const { pending, lastSyncAt } = useSyncStatus();
  const last = lastSyncAt
    ? t('sync.status.lastSync', { when: `${formatThaiDateLong(new Date(lastSyncAt))} ${formatThaiTime(new Date(lastSyncAt))}` })
    : t('sync.status.neverSynced');
  return (
    <Tooltip label={`${t('sync.status.tooltip')} ${last}`} multiline w={300}>
      <Badge
        size="lg"
        variant="light"
        color={pending > 0 ? 'orange' : 'teal'}
        leftSection={<IconDeviceDesktop size={16} />}
        data-testid="sync-status"
        tt="none"
      >
        {pending > 0
          ? t('sync.status.pending', { formatted: formatNumber(pending), count: pending })
          : t('sync.status.upToDate')}
      </Badge>
    </Tooltip>
  );
}
