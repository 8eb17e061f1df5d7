import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../ui/use-format-number';
import { fieldLabelKey } from './conflict-labels';
import { conflictRecordTitle } from './model/conflict-record';
import type { NotPermittedEntry } from './data';
import { HeldBackReport } from './HeldBackReport';

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
    <HeldBackReport
      testId="sync-not-permitted"
      prefix="syncPage.notPermittedReport"
      headings={[t('syncPage.notPermittedReport.device'), t('syncPage.notPermittedReport.author'), t('syncPage.notPermittedReport.record'), t('syncPage.notPermittedReport.change')]}
      notes={
        <>
          {report.total > report.shown.length && <Text size="sm">{t('syncPage.notPermittedReport.more', { n: formatNumber(report.total - report.shown.length) })}</Text>}
          <Text size="sm">{t('syncPage.notPermittedReport.note')}</Text>
        </>
      }
    >
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
    </HeldBackReport>
  );
}
