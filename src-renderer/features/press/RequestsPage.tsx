import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ReleaseContent } from '../../../src-main/shared/domain/press';
import type { PressRequestRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { MissionLinkField } from './MissionLinkField';
import { PressTabs } from './PressTabs';
import { ReleaseFormModal } from './ReleaseFormModal';
import { RequestFormModal } from './RequestFormModal';
import { useAgencies } from '../agencies/data';
import { useStaffNames } from '../settings/data';
import { useRequests } from './data';
import { DataTable } from '../../ui/DataTable';
import { AddButton } from '../../ui/AddButton';

const STATUS_COLORS = { new: 'blue', assigned: 'yellow', done: 'teal', cancelled: 'gray' } as const;

/** คำขอรับบริการข่าวสาร from agencies; each can become a release. */
export function RequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const requests = useRequests();
  const agencies = useAgencies();
  const staffNames = useStaffNames();
  const agencyName = useMemo(() => new Map((agencies ?? []).map((a) => [a.id, a.name])), [agencies]);
  const [editing, setEditing] = useState<PressRequestRecord | 'new' | null>(null);
  const [linking, setLinking] = useState<string | null>(null);
  const [releaseFrom, setReleaseFrom] = useState<Partial<ReleaseContent> | null>(null);
  return (
    <>
      <PageHeader
        title={t('nav.press')}
        subtitle={t('modules.press.subtitle')}
        actions={<AddButton onClick={() => setEditing('new')}>{t('press.newRequest')}</AddButton>}
      />
      <PressTabs active="requests" />
      {requests?.length === 0 ? (
        <EmptyState title={t('press.noRequests')} description={t('press.noRequestsHint')} />
      ) : (
        <DataTable striped highlightOnHover testId="request-list" framed headings={[t('press.fields.eventTitle'), t('press.fields.requestingAgency'), t('press.fields.eventDate'), t('press.fields.services'), t('press.fields.assignedStaff'), t('press.fields.status'), null]}>
          {requests?.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td style={{ cursor: 'pointer' }} onClick={() => setEditing(r)}>
                <Text fw={600}>{r.title}</Text>
                <Text size="xs" c="dimmed">
                  {r.place} {r.contactName && `· ${r.contactName} ${r.contactPhone}`}
                </Text>
              </Table.Td>
              <Table.Td>{agencyName.get(r.agencyId) ?? ''}</Table.Td>
              <Table.Td>
                <ThaiDateText value={r.eventDate} /> {r.eventTime && `${r.eventTime.replace(':', '.')} น.`}
              </Table.Td>
              <Table.Td>{r.services.map((s) => t(`press.service.${s}`)).join(', ')}</Table.Td>
              <Table.Td>{r.assignedStaffId ? (staffNames.get(r.assignedStaffId) ?? '') : ''}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[r.status]} variant="light">
                  {t(`press.requestStatus.${r.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="light" leftSection={<IconFilePlus size={14} />} onClick={() => setReleaseFrom({ headline: r.title, agencyId: r.agencyId, requestId: r.id, releaseDate: r.eventDate })}>
                    {t('press.writeReleaseFromRequest')}
                  </Button>
                  <Button size="xs" variant="subtle" onClick={() => setLinking(linking === r.id ? null : r.id)}>
                    {t('press.linkMission')}
                  </Button>
                </Group>
                {linking === r.id && <MissionLinkField module="press-request" recordId={r.id} title={r.title} date={r.eventDate} />}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <RequestFormModal editing={editing} onClose={() => setEditing(null)} />
      <ReleaseFormModal opened={releaseFrom !== null} editing={null} initial={releaseFrom ?? undefined} onClose={() => setReleaseFrom(null)} onSaved={(id) => void navigate(`/press/r/${id}`)} />
    </>
  );
}
