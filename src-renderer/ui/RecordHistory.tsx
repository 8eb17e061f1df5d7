import { Badge, Drawer, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecordHistory } from '../data';
import { ThaiDateText } from './ThaiDateText';

export interface RecordHistoryProps {
  opened: boolean;
  onClose: () => void;
  table: string;
  recordId: string | null;
  thisDeviceId: string;
  /** Field name → label in the user's language. */
  fieldLabel: (field: string) => string;
  /** Value → text, for fields whose stored value is a code (work group, role). */
  formatValue?: (field: string, value: unknown) => string | undefined;
  /** Fields in the order the form shows them; others follow alphabetically. */
  fieldOrder?: readonly string[];
}

/** "ประวัติการแก้ไข": who changed what and when, newest first, read from the outbox. */
export function RecordHistory({ opened, onClose, table, recordId, thisDeviceId, fieldLabel, formatValue, fieldOrder = [] }: RecordHistoryProps) {
  const rank = (field: string) => {
    const i = fieldOrder.indexOf(field);
    return i === -1 ? fieldOrder.length : i;
  };
  const { t } = useTranslation();
  const data = useRecordHistory(table, recordId);

  const show = (field: string, value: unknown): string => {
    const custom = formatValue?.(field, value);
    if (custom !== undefined) return custom;
    if (value === null || value === undefined || value === '') return t('history.empty');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return JSON.stringify(value);
  };

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title={t('history.title')}>
      {data && data.entries.length === 0 && <Text c="dimmed">{t('history.none')}</Text>}
      <Timeline bulletSize={18} lineWidth={2} data-testid="record-history">
        {data?.entries.map((entry) => (
          <Timeline.Item
            key={entry.opId}
            title={
              <Group gap="xs">
                <Badge variant="light">{t(`history.kind.${entry.kind}`)}</Badge>
                <Text fw={600} data-testid="history-actor">
                  {data.names.get(entry.actor) ?? t('history.unknownActor')}
                </Text>
              </Group>
            }
          >
            <Text size="sm" c="dimmed">
              <ThaiDateText value={entry.at} format="long" withTime />
              {' · '}
              {entry.deviceId === thisDeviceId ? t('history.thisDevice') : t('history.otherDevice', { id: entry.deviceId.slice(-6) })}
            </Text>
            <Stack gap={2} mt={4}>
              {[...entry.changes].sort((a, b) => rank(a.field) - rank(b.field) || a.field.localeCompare(b.field)).map((change) => (
                <Text size="sm" key={change.field}>
                  <b>{fieldLabel(change.field)}</b>:{' '}
                  {entry.kind === 'create' ? show(change.field, change.after) : `${show(change.field, change.before)} → ${show(change.field, change.after)}`}
                </Text>
              ))}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </Drawer>
  );
}
