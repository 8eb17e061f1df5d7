import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { InstitutionFormModal } from './InstitutionFormModal';
import { InternshipsTabs } from './InternshipsTabs';
import { useInstitutions, useInterns } from './data';
import { DataTable } from '../../ui/DataTable';
import { AddButton } from '../../ui/AddButton';

export function InstitutionsPage() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const institutions = useInstitutions();
  const interns = useInterns();
  const [editing, setEditing] = useState<InstitutionRecord | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title={t('nav.internships')}
        subtitle={t('modules.internships.subtitle')}
        actions={<AddButton onClick={() => setEditing('new')}>{t('internships.addInstitution')}</AddButton>}
      />
      <InternshipsTabs active="institutions" />
      {institutions?.length === 0 ? (
        <EmptyState title={t('internships.noInstitutions')} description={t('internships.noInstitutionsHint')} />
      ) : (
        <DataTable striped highlightOnHover testId="institution-list" framed headings={[t('internships.fields.institutionName'), t('internships.fields.coordinatorName'), { label: t('internships.fields.requiredHours'), ta: 'right' }, { label: t('internships.internCount'), ta: 'right' }]}>
          {institutions?.map((i) => (
            <Table.Tr key={i.id} style={{ cursor: 'pointer' }} onClick={() => setEditing(i)}>
              <Table.Td>
                <Text fw={600}>{i.name}</Text>
                <Text size="xs" c="dimmed">
                  {i.faculty}
                </Text>
              </Table.Td>
              <Table.Td>
                {i.coordinatorName} {i.coordinatorPhone}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(i.requiredHours)}</Table.Td>
              <Table.Td ta="right">{formatNumber(interns?.filter((n) => n.institutionId === i.id).length ?? 0)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <InstitutionFormModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
