import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatThaiDateTimeShort } from '../../../src-main/shared/text/thai-date';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { PageLoading } from '../../ui/PageLoading';
import { useIssueItems, useMediaIssue } from './data';
import { useMonitoringLookups } from './data/use-lookups';
import { IssueFormModal } from './IssueFormModal';
import { IssueStatusBadge } from './IssueStatusBadge';
import { MediaItemFormModal, type ItemTarget } from './MediaItemFormModal';
import { firstResponseMinutes, formatDurationThai } from './model/response-time';
import { MonitoringTabs } from './MonitoringTabs';
import { ResponseFormModal } from './ResponseFormModal';
import { ToneBadge } from './ToneBadge';

/** One issue: its status and owner, how it was answered and how fast, and its news. */
export function IssueDetailPage() {
  const { t } = useTranslation();
  const { issueId = '' } = useParams();
  const issue = useMediaIssue(issueId);
  const items = useIssueItems(issueId);
  const lookups = useMonitoringLookups();
  const [editing, setEditing] = useState(false);
  const [responding, setResponding] = useState(false);
  const [item, setItem] = useState<ItemTarget | null>(null);
  if (issue === undefined) return <PageLoading />;
  if (issue === null) return <EmptyState title={t('monitoring.issues.notFound')} />;
  const minutes = firstResponseMinutes(issue);
  const recordLabel = new Map([...(lookups?.releaseChoices ?? []), ...(lookups?.briefingChoices ?? []), ...(lookups?.conferenceChoices ?? [])].map((c) => [c.value, c.label]));
  const owner = lookups?.staffChoices.find((s) => s.value === issue.ownerId)?.label;
  return (
    <Stack gap="sm">
      <PageHeader
        title={issue.title}
        subtitle={[t(`monitoring.status.${issue.status}`), owner, formatThaiDateTimeShort(issue.firstSeenAt)].filter(Boolean).join(' · ')}
        actions={
          <Group>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('monitoring.item.edit')}
            </Button>
            <Button onClick={() => setResponding(true)}>{t('monitoring.issues.addResponse')}</Button>
          </Group>
        }
      />
      <MonitoringTabs active="issues" />
      <Group>
        <IssueStatusBadge status={issue.status} />
        <ToneBadge tone={issue.tone} />
        <Text data-testid="issue-first-response">{t('monitoring.issues.firstResponse', { time: minutes === null ? t('monitoring.issues.notAnswered') : formatDurationThai(minutes) })}</Text>
      </Group>
      {issue.description && <Text>{issue.description}</Text>}
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {t('monitoring.issues.responses')}
        </Title>
        {issue.responses.length === 0 ? (
          <Text c="dimmed">{t('monitoring.issues.noResponses')}</Text>
        ) : (
          <Table aria-label={t('monitoring.issues.responses')}>
            <Table.Tbody>
              {[...issue.responses]
                .sort((a, b) => a.at.localeCompare(b.at))
                .map((r, i) => (
                  <Table.Tr key={`${r.at}-${i}`}>
                    <Table.Td>{formatThaiDateTimeShort(r.at)}</Table.Td>
                    <Table.Td>{t(`monitoring.responseKind.${r.kind}`)}</Table.Td>
                    <Table.Td>{r.recordId ? (recordLabel.get(r.recordId) ?? '') : ''}</Table.Td>
                    <Table.Td>{r.note}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          {t('monitoring.issues.items')}
        </Title>
        <Table highlightOnHover aria-label={t('monitoring.issues.items')}>
          <Table.Tbody>
            {(items ?? []).map((i) => (
              <Table.Tr key={i.id} style={{ cursor: 'pointer' }} onClick={() => setItem(i)}>
                <Table.Td>{formatThaiDateTimeShort(i.publishedAt)}</Table.Td>
                <Table.Td>{i.headline}</Table.Td>
                <Table.Td>{[t(`monitoring.source.${i.sourceKind}`), i.outletName].filter(Boolean).join(' · ')}</Table.Td>
                <Table.Td>
                  <ToneBadge tone={i.tone} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <IssueFormModal target={editing ? issue : null} onClose={() => setEditing(false)} />
      <ResponseFormModal issue={issue} opened={responding} onClose={() => setResponding(false)} />
      <MediaItemFormModal target={item} onClose={() => setItem(null)} />
    </Stack>
  );
}
