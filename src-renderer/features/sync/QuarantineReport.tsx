import { Code, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { quarantineRows, type QuarantinedEntry } from './quarantine';

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
    <Stack gap="xs" data-testid="sync-quarantine">
      <Title order={3} size="h5">
        {t('syncPage.quarantineReport.title')}
      </Title>
      <Text size="sm">{t('syncPage.quarantineReport.intro')}</Text>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('syncPage.quarantineReport.device')}</Table.Th>
            <Table.Th>{t('syncPage.quarantineReport.file')}</Table.Th>
            <Table.Th>{t('syncPage.quarantineReport.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
      {wholeFiles && <Text size="sm">{t('syncPage.quarantineReport.wholeFileNote')}</Text>}
    </Stack>
  );
}
