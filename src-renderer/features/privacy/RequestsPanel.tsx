import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bangkokDay } from '../../../src-main/shared/domain/acting-delegation';
import type { DataRequestRecord } from '../../data';
import { PanelHeading } from './PanelHeading';
import { EmptyState } from '../../ui/EmptyState';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useNow } from '../../ui/use-now';
import { useMaySeePersonalData } from '../complaints';
import { AccessExportModal } from './AccessExportModal';
import { RequestDeadlineBadge } from './RequestDeadlineBadge';
import { RequestFormModal } from './RequestFormModal';
import { useDataRequestList } from './data';
import type { DataRequestRow } from './model/data-requests';
import { nameKey } from './model/record-names';
import { DataTable } from '../../ui/DataTable';
import { AddButton } from '../../ui/AddButton';

/**
 * ข้อมูลส่วนบุคคล → คำขอใช้สิทธิ: the office's log of requests from people about their data,
 * each with its 30-day limit (PDPA s.30), and the access export for requests to see one's data.
 */
export function RequestsPanel() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<DataRequestRecord | 'new' | null>(null);
  const [exporting, setExporting] = useState<DataRequestRow | null>(null);
  const today = bangkokDay(useNow());
  const complainant = useMaySeePersonalData();
  const data = useDataRequestList(today, complainant);

  return (
    <Stack gap="md" data-testid="requests-panel">
      <PanelHeading
        title={t('privacy.requests.title')}
        help={t('privacy.requests.help')}
        action={<AddButton onClick={() => setEditing('new')}>{t('privacy.requests.new')}</AddButton>}
      />
      {data && data.rows.length === 0 ? (
        <EmptyState title={t('privacy.requests.empty')} />
      ) : (
        <DataTable striped highlightOnHover testId="requests-table" framed headings={[t('privacy.requests.number'), t('privacy.requests.fields.receivedDate'), t('privacy.requests.fields.requesterName'), t('privacy.requests.fields.kind'), t('privacy.requests.fields.subjectId'), t('privacy.requests.deadline'), null]}>
          {data?.rows.map((row) => {
            const { record } = row;
            const subject = record.subjectTable && record.subjectId ? data.names.get(nameKey(record.subjectTable, record.subjectId)) : undefined;
            return (
              <Table.Tr key={record.id} data-testid="request-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.number}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <ThaiDateText value={record.receivedDate} />
                </Table.Td>
                <Table.Td>{record.requesterName}</Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`privacy.requests.kinds.${record.kind}`)}</Text>
                  <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
                    {t(`privacy.requests.statuses.${record.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{subject ?? <Text c="dimmed" size="sm">{t('privacy.requests.subjectNotFound')}</Text>}</Table.Td>
                <Table.Td>
                  <RequestDeadlineBadge deadline={row.deadline} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" justify="flex-end">
                    {(record.kind === 'access' || record.kind === 'portability') && (
                      <Button size="xs" variant="light" onClick={() => setExporting(row)}>
                        {t('privacy.access.open')}
                      </Button>
                    )}
                    <Button size="xs" variant="default" onClick={() => setEditing(record)}>
                      {t('privacy.requests.answerAction')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      )}
      <RequestFormModal editing={editing} onClose={() => setEditing(null)} />
      <AccessExportModal row={exporting} onClose={() => setExporting(null)} />
    </Stack>
  );
}
