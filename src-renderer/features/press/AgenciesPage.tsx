import { Badge, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { AgencyFormModal } from './AgencyFormModal';
import { PressTabs } from './PressTabs';
import { useAgencies } from '../agencies/data';
import { DataTable } from '../../ui/DataTable';
import { AddButton } from '../../ui/AddButton';

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
        actions={<AddButton onClick={() => setEditing('new')}>{t('press.add.agency')}</AddButton>}
      />
      <PressTabs active="agencies" />
      {agencies?.length === 0 ? (
        <EmptyState title={t('press.noAgencies')} description={t('press.noAgenciesHint')} />
      ) : (
        <DataTable striped highlightOnHover testId="agency-list" framed headings={[t('press.fields.agencyName'), t('press.fields.agencyKind'), t('press.fields.contactName'), t('press.fields.phone')]}>
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
        </DataTable>
      )}
      <AgencyFormModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
