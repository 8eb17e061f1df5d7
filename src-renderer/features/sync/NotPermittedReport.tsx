import { Code, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../ui/use-format-number';
import { fieldLabelKey } from './conflict-labels';
import { conflictRecordTitle } from './conflict-record';
import type { NotPermittedEntry } from './not-permitted';

/**
 * "การเปลี่ยนแปลงที่ผู้แก้ไขไม่มีสิทธิ์": changes another workstation sent that this one held
 * back because their author had no right to them — which workstation, who, which record and
 * what the change sets. They stay held and are offered again at every sync.
 */
export function NotPermittedReport({ report }: { report: { total: number; shown: readonly NotPermittedEntry[] } }) {
  const { t, i18n } = useTranslation();
  const formatNumber = useFormatNumber();
  if (report.total === 0) return null;
  const fieldLabel = (table: string, field: string) => {
    const key = fieldLabelKey(table, field, (k) => i18n.exists(k));
    return key ? t(key) : field;
  };
  return (
    <Stack gap="xs" data-testid="sync-not-permitted">
      <Title order={3} size="h5">
        {t('syncPage.notPermittedReport.title')}
      </Title>
      <Text size="sm">{t('syncPage.notPermittedReport.intro')}</Text>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('syncPage.notPermittedReport.device')}</Table.Th>
            <Table.Th>{t('syncPage.notPermittedReport.author')}</Table.Th>
            <Table.Th>{t('syncPage.notPermittedReport.record')}</Table.Th>
            <Table.Th>{t('syncPage.notPermittedReport.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.shown.map((entry) => (
            <Table.Tr key={entry.key} data-testid="sync-not-permitted-row">
              <Table.Td>{entry.device}</Table.Td>
              <Table.Td>
                <Text size="sm">{entry.author ?? t('syncPage.notPermittedReport.unknownAuthor')}</Text>
                <Code>{entry.actor}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{conflictRecordTitle(entry.table, entry.recordId, entry.values, (id) => t('syncPage.conflict.untitled', { id }))}</Text>
                <Text size="xs" c="dimmed">
                  {t(`syncPage.conflictTables.${entry.table}`, { defaultValue: entry.table })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.fields.map((field) => fieldLabel(entry.table, field)).join(', ')}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.total > report.shown.length && <Text size="sm">{t('syncPage.notPermittedReport.more', { n: formatNumber(report.total - report.shown.length) })}</Text>}
      <Text size="sm">{t('syncPage.notPermittedReport.note')}</Text>
    </Stack>
  );
}
