import { Anchor, Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconCertificate, IconMail, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { minutesWorked, summarizeHours } from '../../../src-main/shared/domain/internship-hours';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { BlobImage } from '../../ui/BlobImage';
import { useFormatNumber } from '../../ui/use-format-number';
import { AcceptanceLetterModal } from './AcceptanceLetterModal';
import { CertificateModal } from './CertificateModal';
import { EvaluationPanel } from './EvaluationPanel';
import { InternFormModal } from './InternFormModal';
import { INTERN_STATUS_COLORS } from './intern-status-colors';
import { formatAttendanceCell } from './model/attendance-cell';
import { PrivacyPanel } from './PrivacyPanel';
import { useStaffNames } from '../settings/data';
import { useAttendanceByIntern, useInstitutions, useIntern } from './data';
import { WorkLogPanel } from './WorkLogPanel';
import { StatCard } from '../../ui/StatCard';
import { TitledPanel } from '../../ui/TitledPanel';
import { useFormatWorkedTime } from './use-worked-time';

/** One intern: details, hours against the requirement, attendance, work log, evaluation, documents. */
export function InternDetailPage() {
  const { t } = useTranslation();
  const { internId } = useParams();
  const formatNumber = useFormatNumber();
  const formatWorkedTime = useFormatWorkedTime();
  const intern = useIntern(internId);
  const institutions = useInstitutions();
  const attendance = useAttendanceByIntern();
  // Former staff too: an intern's mentor may have left since.
  const staffNames = useStaffNames();
  const mentorName = intern?.mentorId ? staffNames.get(intern.mentorId) : undefined;
  const [editing, setEditing] = useState(false);
  const [certificate, setCertificate] = useState(false);
  const [acceptance, setAcceptance] = useState(false);
  const today = localIsoDate(new Date());

  if (intern === null) return <EmptyState title={t('internships.notFound')} action={<Anchor component={Link} to="/internships">{t('internships.backToList')}</Anchor>} />;
  if (!intern) return null;
  const days = [...(attendance?.get(intern.id) ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const summary = summarizeHours(days, intern.requiredHours, intern, today);
  const institution = institutions?.find((i) => i.id === intern.institutionId);

  return (
    <>
      <PageHeader
        title={`${intern.title}${intern.firstName} ${intern.lastName}`}
        subtitle={`${intern.studentId} · ${institution?.name ?? ''} ${institution?.faculty ?? ''}`}
        actions={
          <>
            <Button variant="light" leftSection={<IconMail size={18} />} onClick={() => setAcceptance(true)} disabled={!!intern.erasedAt}>
              {t('internships.acceptanceTitle')}
            </Button>
            <Button variant="light" leftSection={<IconCertificate size={18} />} onClick={() => setCertificate(true)} disabled={!!intern.erasedAt}>
              {t('internships.certificateTitle')}
            </Button>
            <Button leftSection={<IconPencil size={18} />} onClick={() => setEditing(true)} disabled={!!intern.erasedAt}>
              {t('common.edit')}
            </Button>
          </>
        }
      />
      <Anchor component={Link} to="/internships" size="sm">
        ← {t('internships.backToList')}
      </Anchor>
      <SimpleGrid cols={{ base: 1, md: 3 }} my="md">
        <Paper withBorder p="sm">
          <Group wrap="nowrap" align="flex-start">
            {intern.photoBlobId && <BlobImage blobId={intern.photoBlobId} alt={t('internships.photo.alt')} h={84} w={64} fit="cover" radius="sm" data-testid="intern-photo-view" />}
            <div>
              <Text size="sm" c="dimmed">
                {t('internships.period')}
              </Text>
              <Text fw={600}>
                <ThaiDateText value={intern.startDate} format="long" /> – <ThaiDateText value={intern.endDate} format="long" />
              </Text>
              <Badge color={INTERN_STATUS_COLORS[intern.status]} variant="light" mt={4}>
                {t(`internships.status.${intern.status}`)}
              </Badge>
            </div>
          </Group>
        </Paper>
        <StatCard
          testId="intern-summary"
          label={t('internships.hours')}
          value={
            <>
              {formatWorkedTime(summary.minutes)} / {formatNumber(summary.requiredHours)} {t('internships.hoursUnit')}
            </>
          }
          valueTestId="intern-total-hours"
        >
          <Progress value={summary.percent} color={summary.behind ? 'orange' : 'teal'} mt={4} aria-label={t('internships.hours')} />
          <Text size="xs" c={summary.behind ? 'orange' : 'dimmed'} mt={4}>
            {t('internships.daysSummary', { present: summary.presentDays, leave: summary.leaveDays, absent: summary.absentDays })}
            {summary.behind && intern.status === 'active' ? ` · ${t('internships.behindWarning')}` : ''}
          </Text>
        </StatCard>
        <StatCard label={t('internships.fields.mentor')}>
          <Text fw={600}>{mentorName ?? '—'}</Text>
          <Text size="sm">{t(`workGroups.${intern.workGroup}`)}</Text>
        </StatCard>
      </SimpleGrid>
      <Stack gap="md">
        <TitledPanel title={t('internships.attendance')}>
          {days.length === 0 ? (
            <Text c="dimmed">{t('internships.noAttendance')}</Text>
          ) : (
            <Table>
              <Table.Tbody>
                {days.slice(0, 14).map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td w={180}>
                      <ThaiDateText value={d.date} format="long" />
                    </Table.Td>
                    <Table.Td>{formatAttendanceCell(d)}</Table.Td>
                    <Table.Td ta="right">
                      {formatWorkedTime(minutesWorked(d))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Anchor component={Link} to="/internships/attendance" size="sm">
            {t('internships.tabs.attendance')}
          </Anchor>
        </TitledPanel>
        <TitledPanel title={t('internships.workLog')}>
          <WorkLogPanel intern={intern} />
        </TitledPanel>
        <TitledPanel title={t('internships.evaluation')}>
          {intern.erasedAt ? <Text c="dimmed">{t('internships.erasedNoEvaluation')}</Text> : <EvaluationPanel intern={intern} />}
        </TitledPanel>
        <TitledPanel title={t('internships.privacy')}>
          <PrivacyPanel intern={intern} />
        </TitledPanel>
      </Stack>
      <InternFormModal editing={editing ? intern : null} onClose={() => setEditing(false)} />
      <CertificateModal interns={certificate ? [intern] : null} onClose={() => setCertificate(false)} />
      <AcceptanceLetterModal intern={acceptance ? intern : null} mentorName={mentorName ?? null} onClose={() => setAcceptance(false)} />
    </>
  );
}
