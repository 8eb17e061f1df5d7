import { Alert, Badge, Button, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useDisplayPrefs } from '../../ui/display-prefs';
import { PdfActionButtons, runPdfAction, type PdfAction } from '../documents';
import { DistributionPanel } from './DistributionPanel';
import { MissionLinkField } from './MissionLinkField';
import { AnsweredIssues } from '../monitoring';
import { PlanTagField } from '../plans';
import { PickupPanel } from './PickupPanel';
import { ReleaseStatusBadge } from './release-badges';
import { releasePdfDocument } from './release-pdf';
import { ReleaseFormModal } from './ReleaseFormModal';
import { ReleasePhotos } from './ReleasePhotos';
import { ReleaseVersions } from './ReleaseVersions';
import { ReleaseWorkflow } from './ReleaseWorkflow';
import { useAgencies } from '../agencies/data';
import { useStaffNames } from '../settings/data';
import { useLoadOfficeLetterhead, useRelease, useVersions } from './data';

export function ReleaseDetailPage() {
  const { t } = useTranslation();
  const { releaseId } = useParams();
  const release = useRelease(releaseId);
  const versions = useVersions(releaseId ?? '');
  const agencies = useAgencies();
  const staffNames = useStaffNames();
  const loadOfficeLetterhead = useLoadOfficeLetterhead();
  // the office's ใช้เลขไทย: the release printed Arabic digits whatever it said
  const { thaiDigits } = useDisplayPrefs();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState<PdfAction | null>(null);
  if (release === undefined) return null;
  if (release === null || release.deleted) return <EmptyState title={t('press.notFound')} action={<Button component={Link} to="/press">{t('press.backToList')}</Button>} />;
  const agency = agencies?.find((a) => a.id === release.agencyId);
  const printPdf = async (action: PdfAction) => {
    setBusy(action);
    try {
      const letterhead = await loadOfficeLetterhead();
      const document = letterhead && (await releasePdfDocument(letterhead, release));
      if (!document) notifications.show({ color: 'yellow', message: t('documents.needProfile') });
      else await runPdfAction(t, action, { document, options: { thaiDigits } }, [release.numberLabel, release.headline].filter(Boolean).join(' '));
    } catch {
      notifications.show({ color: 'red', message: t('errors.ipc.internal') });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Group justify="space-between" mb="md" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Button component={Link} to="/press" variant="subtle" size="xs" leftSection={<IconArrowLeft size={14} />} style={{ alignSelf: 'flex-start' }}>
            {t('press.backToList')}
          </Button>
          <Title order={1} size="h2" data-testid="page-heading">
            {release.headline}
          </Title>
          <Group gap="xs">
            <ReleaseStatusBadge status={release.status} />
            <Badge variant="outline" data-testid="release-number">
              {release.numberLabel || t('press.noNumberYet')}
            </Badge>
            <Text size="sm" c="dimmed">
              <ThaiDateText value={release.releaseDate} format="long" /> · {agency?.name ?? t('press.noAgency')}
            </Text>
          </Group>
          {release.approvedAt && (
            <Text size="sm" data-testid="approved-by">
              {t('press.approvedBy', { name: release.approverName ?? staffNames.get(release.approvedBy ?? '') ?? t('press.unknownStaff') })}
              {release.approverPosition ? ` (${release.approverPosition})` : ''} <ThaiDateText value={release.approvedAt} withTime />
            </Text>
          )}
        </Stack>
        <Button variant="light" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)} disabled={release.status === 'published'}>
          {t('press.editRelease')}
        </Button>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Tabs defaultValue="text" keepMounted={false}>
            <Tabs.List mb="sm">
              <Tabs.Tab value="text">{t('press.tab.text')}</Tabs.Tab>
              <Tabs.Tab value="photos">{t('press.tab.photos', { n: release.photos.length })}</Tabs.Tab>
              <Tabs.Tab value="distribute">{t('press.tab.distribute')}</Tabs.Tab>
              <Tabs.Tab value="pickups">{t('press.tab.pickups')}</Tabs.Tab>
              <Tabs.Tab value="versions">{t('press.tab.versions', { n: versions?.length ?? 0 })}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="text">
              <Paper withBorder p="md">
                <Stack gap="sm">
                  {release.embargoAt && <Alert color="orange">{t('press.embargoUntil')} <ThaiDateText value={new Date(release.embargoAt)} withTime /></Alert>}
                  {release.lead && (
                    <Text fw={500}>
                      {release.dateline && `${release.dateline} - `}
                      {release.lead}
                    </Text>
                  )}
                  <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="release-body">
                    {release.body}
                  </Text>
                  {release.quotes.map((q, i) => (
                    <Text key={i} fs="italic">
                      “{q.text}” — {q.speaker}
                    </Text>
                  ))}
                  {release.tags.length > 0 && (
                    <Group gap={4}>
                      {release.tags.map((tag) => (
                        <Badge key={tag} variant="light" color="gray">
                          {tag}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Stack>
              </Paper>
            </Tabs.Panel>
            <Tabs.Panel value="photos">
              <ReleasePhotos release={release} />
            </Tabs.Panel>
            <Tabs.Panel value="distribute">
              <DistributionPanel release={release} />
            </Tabs.Panel>
            <Tabs.Panel value="pickups">
              <PickupPanel release={release} />
            </Tabs.Panel>
            <Tabs.Panel value="versions">
              <ReleaseVersions versions={versions ?? []} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Text fw={600} mb="xs">
                {t('press.workflow')}
              </Text>
              <ReleaseWorkflow release={release} staffNames={staffNames} />
            </Paper>
            <Paper withBorder p="md">
              <Text fw={600} mb="xs">
                {t('press.pdf')}
              </Text>
              <PdfActionButtons busy={busy} onRun={(action) => void printPdf(action)} />
            </Paper>
            <Paper withBorder p="md">
              <MissionLinkField
                module="press"
                recordId={release.id}
                title={[release.numberLabel, release.headline].filter(Boolean).join(' ')}
                date={release.releaseDate}
                requestId={release.requestId}
              />
            </Paper>
            <Paper withBorder p="md">
              <PlanTagField table="pressReleases" recordId={release.id} title={[release.numberLabel, release.headline].filter(Boolean).join(' ')} date={release.releaseDate} />
            </Paper>
            <AnsweredIssues recordId={release.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ReleaseFormModal opened={editing} editing={release} onClose={() => setEditing(false)} />
    </>
  );
}
