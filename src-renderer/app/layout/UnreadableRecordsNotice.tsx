import { Alert, Code, Spoiler, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnreadableRecords } from '../../data';

/**
 * "มีข้อมูล N รายการที่อ่านไม่ได้": shown above every page while records that fail their schema
 * are being left out (data/unreadable-records.ts), with each one's table and id folded away
 * for the administrator who will repair or restore them.
 */
export function UnreadableRecordsNotice() {
  const { t } = useTranslation();
  const records = useUnreadableRecords();
  if (records.length === 0) return null;
  return (
    <Alert color="orange" mb="md" title={t('shell.unreadableNotice', { count: records.length })} data-testid="unreadable-notice">
      <Spoiler maxHeight={0} showLabel={t('shell.unreadableDetails')} hideLabel={t('shell.unreadableDetails')}>
        <Table fz="sm" withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('shell.unreadableTable')}</Table.Th>
              <Table.Th>{t('shell.unreadableId')}</Table.Th>
              <Table.Th>{t('shell.unreadableField')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {records.map((r) => (
              <Table.Tr key={`${r.table}/${r.id}`}>
                <Table.Td>
                  {t(`syncPage.conflictTables.${r.table}`, { defaultValue: r.table })} <Code>{r.table}</Code>
                </Table.Td>
                <Table.Td>
                  <Code>{r.id}</Code>
                </Table.Td>
                <Table.Td>{r.field ? <Code>{r.field}</Code> : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Spoiler>
    </Alert>
  );
}
