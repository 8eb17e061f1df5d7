import { Badge, Tooltip } from '@mantine/core';
import { IconDeviceDesktop } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useAppData } from '../data-context';
import { useFormatNumber } from '../../ui/use-format-number';

/**
 * Offline-first status: data always lives on this workstation; what matters is how many
 * changes have not reached the other workstations yet.
 */
export function SyncStatus() {
  const { t } = useTranslation();
  const { db } = useAppData();
  const formatNumber = useFormatNumber();
  const pending = useLiveQuery(() => db.outbox.where('published').equals(0).count(), [db]) ?? 0;
  return (
    <Tooltip label={t('sync.status.tooltip')} multiline w={280}>
      <Badge
        size="lg"
        variant="light"
        color={pending > 0 ? 'orange' : 'teal'}
        leftSection={<IconDeviceDesktop size={16} />}
        data-testid="sync-status"
        tt="none"
      >
        {pending > 0 ? t('sync.status.pending', { count: pending, formatted: formatNumber(pending) }) : t('sync.status.upToDate')}
      </Badge>
    </Tooltip>
  );
}
