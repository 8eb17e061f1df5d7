import { Badge, Button, Paper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { AgencyFormModal } from './AgencyFormModal';
import { PressTabs } from './PressTabs';
import { useAgencies } from './use-press-data';

/** ทำเนียบหน่วยงาน: who requests coverage (also used by complaint forwarding). */
export function AgenciesPage() {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const [editing, setEditing] = useState<AgencyRecord | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title={t('nav.press')}
        subtitle={t('press.agenciesSubtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
            {t('press.add.agency')}
          </Button>
        }
      />
      <PressTabs active="agencies" />
      {agencies?.length === 0 ? (
        <EmptyState title={t('press.noAgencies')} description={t('press.noAgenciesHint')} />
      ) : (
        <Paper withBorder>
          <Table striped highlightOnHover data-testid="agency-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('press.fields.agencyName')}</Table.Th>
                <Table.Th>{t('press.fields.agencyKind')}</Table.Th>
                <Table.Th>{t('press.fields.contactName')}</Table.Th>
                <Table.Th>{t('press.fields.phone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agencies?.map((a) => (
                <Table.Tr key={a.id} style={{ cursor: 'pointer' }} onClick={() => setEditing(a)}>
                  <Table.Td>
                    <Text fw={600}>
                      {a.name} {a.shortName && `(${a.shortName})`}
                    </Text>
                    {!a.active && <Badge color="gray">{t('press.inactive')}</Badge>}
                  </Table.Td>
                  <Table.Td>{t(`press.agencyKind.${a.kind}`)}</Table.Td>
                  <Table.Td>{a.contactName}</Table.Td>
                  <Table.Td>{a.phone}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <AgencyFormModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
