import { Anchor, Stack, Switch, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatThaiDateTimeShort } from '../../../src-main/shared/text/thai-date';
import { AddButton } from '../../ui/AddButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { PageLoading } from '../../ui/PageLoading';
import { useMonitoringLookups } from './data/use-lookups';
import { useIssueRows } from './data/use-issue-rows';
import { IssueFormModal } from './IssueFormModal';
import { IssueStatusBadge } from './IssueStatusBadge';
import { firstResponseMinutes, formatDurationThai } from './model/response-time';
import { MonitoringTabs } from './MonitoringTabs';
import { ToneBadge } from './ToneBadge';

/** ประเด็นข่าว: the issues the office follows, open ones first unless closed ones are asked for. */
export function IssuesPage() {
  const { t } = useTranslation();
  const [withClosed, setWithClosed] = useState(false);
  const [adding, setAdding] = useState(false);
  const rows = useIssueRows(withClosed);
  const lookups = useMonitoringLookups();
  const staff = new Map((lookups?.staffChoices ?? []).map((s) => [s.value, s.label]));
  return (
    <Stack gap={0}>
      <PageHeader title={t('monitoring.title')} subtitle={t('monitoring.subtitle')} actions={<AddButton onClick={() => setAdding(true)}>{t('monitoring.issues.add')}</AddButton>} />
      <MonitoringTabs active="issues" />
      <Switch mb="sm" label={t('monitoring.issues.showClosed')} checked={withClosed} onChange={(e) => setWithClosed(e.currentTarget.checked)} />
      {rows === undefined ? (
        <PageLoading />
      ) : rows.length === 0 ? (
        <EmptyState title={t('monitoring.issues.empty')} />
      ) : (
        <Table striped highlightOnHover aria-label={t('monitoring.issues.title')}>
          <Table.Thead>
            <Table.Tr>
              {(['title', 'status', 'tone', 'owner', 'items', 'firstSeen', 'response'] as const).map((c) => (
                <Table.Th key={c}>{t(`monitoring.issues.col.${c}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ issue, items }) => {
              const minutes = firstResponseMinutes(issue);
              return (
                <Table.Tr key={issue.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/monitoring/issues/${issue.id}`}>
                      {issue.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <IssueStatusBadge status={issue.status} />
                  </Table.Td>
                  <Table.Td>
                    <ToneBadge tone={issue.tone} />
                  </Table.Td>
                  <Table.Td>{issue.ownerId ? (staff.get(issue.ownerId) ?? '') : ''}</Table.Td>
                  <Table.Td>{items}</Table.Td>
                  <Table.Td>{formatThaiDateTimeShort(issue.firstSeenAt)}</Table.Td>
                  <Table.Td>{minutes === null ? t('monitoring.issues.notAnswered') : formatDurationThai(minutes)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <IssueFormModal target={adding ? 'new' : null} onClose={() => setAdding(false)} />
    </Stack>
  );
}
