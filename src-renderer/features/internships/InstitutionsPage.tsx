import { Button, Paper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { InstitutionFormModal } from './InstitutionFormModal';
import { InternshipsTabs } from './InternshipsTabs';
import { useInstitutions, useInterns } from './use-internship-data';

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
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
            {t('internships.addInstitution')}
          </Button>
        }
      />
      <InternshipsTabs active="institutions" />
      {institutions?.length === 0 ? (
        <EmptyState title={t('internships.noInstitutions')} description={t('internships.noInstitutionsHint')} />
      ) : (
        <Paper withBorder>
          <Table striped highlightOnHover data-testid="institution-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('internships.fields.institutionName')}</Table.Th>
                <Table.Th>{t('internships.fields.coordinatorName')}</Table.Th>
                <Table.Th ta="right">{t('internships.fields.requiredHours')}</Table.Th>
                <Table.Th ta="right">{t('internships.internCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <InstitutionFormModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
