import { Badge, Drawer, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecordHistory } from '../data';
import { historyFieldLabel, historyValueText, type HistoryField, type HistoryTextContext } from './history-text';
import { ThaiDateText } from './ThaiDateText';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from './display-prefs';

export interface RecordHistoryProps {
  opened: boolean;
  onClose: () => void;
  table: string;
  recordId: string | null;
  thisDeviceId: string;
  /**
   * Locale key prefix of the form's field labels (`tasks.fields`). A field without one there
   * takes its Thai label from the PDPA access labels (shared/pdpa/access-labels).
   */
  labelPrefix?: string;
  /** Per field: its label key, or the locale keys that name its coded values (status, priority). */
  fields?: Readonly<Record<string, HistoryField>>;
  /** Field name → label in the user's language, where a prefix is not enough (undefined: the defaults). */
  fieldLabel?: (field: string) => string | undefined;
  /** Value → text, for values only the feature can read (a survey's answers); undefined: the defaults. */
  formatValue?: (field: string, value: unknown) => string | undefined;
  /** Fields in the order the form shows them; others follow alphabetically. */
  fieldOrder?: readonly string[];
}

/** "ประวัติการแก้ไข": who changed what and when, newest first, read from the outbox. */
export function RecordHistory({ opened, onClose, table, recordId, thisDeviceId, labelPrefix, fields, fieldLabel, formatValue, fieldOrder = [] }: RecordHistoryProps) {
  const rank = (field: string) => {
    const i = fieldOrder.indexOf(field);
    return i === -1 ? fieldOrder.length : i;
  };
  const { t } = useTranslation();
  const data = useRecordHistory(table, recordId);

  const context: HistoryTextContext = { t, table, names: data?.names ?? new Map<string, string>(), fields, labelPrefix };
  const { thaiDigits } = useDisplayPrefs();
  const show = (field: string, value: unknown): string => applyDigitStyle(formatValue?.(field, value) ?? historyValueText(field, value, context), thaiDigits);
  const label = (field: string): string => fieldLabel?.(field) ?? historyFieldLabel(field, context);

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
                <Text size="sm" key={change.field} data-testid="history-change">
                  <b>{label(change.field)}</b>:{' '}
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
