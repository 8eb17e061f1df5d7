import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { quarantineRows, type QuarantinedEntry } from './model/quarantine';
import { HeldBackReport } from './HeldBackReport';

/**
 * "สิ่งที่กันไว้ไม่นำเข้า": what the last sync set aside, each with the workstation it came
 * from, its file and why, in the office's words; everything else was synced.
 */
export function QuarantineReport({ entries }: { entries: readonly QuarantinedEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  const rows = quarantineRows(entries);
  const wholeFiles = rows.some((row) => row.scope === 'file');
  return (
    <HeldBackReport
      testId="sync-quarantine"
      prefix="syncPage.quarantineReport"
      headings={[t('syncPage.quarantineReport.device'), t('syncPage.quarantineReport.file'), t('syncPage.quarantineReport.reason')]}
      notes={wholeFiles && <Text size="sm">{t('syncPage.quarantineReport.wholeFileNote')}</Text>}
    >
      {rows.map((row) => (
        <Table.Tr key={row.key} data-testid="sync-quarantine-row">
          <Table.Td>{row.device}</Table.Td>
          <Table.Td>
            <Code style={{ wordBreak: 'break-all' }}>{row.file}</Code>
            <Text size="xs" c="dimmed">
              {t(`syncPage.quarantineReport.scope.${row.scope}`)}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{t(row.reasonKey, { reason: row.reason })}</Text>
            {row.field && (
              <Text size="xs" c="dimmed">
                {t('syncPage.quarantineReport.field')} <Code>{row.field}</Code>
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </HeldBackReport>
  );
}
