import { Anchor, Badge, Button, Checkbox, Group, Paper, Progress, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { IconCertificate, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { INTERN_STATUSES } from '../../../src-main/shared/domain/internship';
import { summarizeHours } from '../../../src-main/shared/domain/internship-hours';
import { formatThaiDateShort } from '../../../src-main/shared/text/thai-date';
import type { InternRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { useFormatNumber } from '../../ui/use-format-number';
import { CertificateModal } from './CertificateModal';
import { InternFormModal } from './InternFormModal';
import { InternshipsTabs } from './InternshipsTabs';
import { INTERN_STATUS_COLORS } from './intern-status-colors';
import { hereToday } from './model/here-today';
import { useAttendanceByIntern, useInstitutions, useInterns } from './data';
import { ShowMoreButton } from '../../ui/ShowMoreButton';
import { useShowMore } from '../../ui/use-show-more';
import { DataTable } from '../../ui/DataTable';
import { StatCard } from '../../ui/StatCard';
import { AddButton } from '../../ui/AddButton';
import { containsEveryWord } from '../../../src-main/shared/text/thai-words';
import { useFormatWorkedTime } from './use-worked-time';

const PAGE_SIZE = 50;

/** นักศึกษาฝึกงาน: who is here, from when to when, and how far along their hours are. */
export function InternsPage() {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const formatWorkedTime = useFormatWorkedTime();
  const interns = useInterns();
  const institutions = useInstitutions();
  const attendance = useAttendanceByIntern();
  const [editing, setEditing] = useState<InternRecord | 'new' | null>(null);
  const [certificates, setCertificates] = useState<InternRecord[] | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [institution, setInstitution] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [cohort, setCohort] = useState<string | null>(null);
  const today = localIsoDate(new Date());
  const institutionName = new Map((institutions ?? []).map((i) => [i.id, i.name]));

  const shown = useMemo(() => {
    return (interns ?? []).filter(
      (i) =>
        (!status || i.status === status) &&
        (!institution || i.institutionId === institution) &&
        (!cohort || i.startDate.slice(0, 7) === cohort) &&
        containsEveryWord(`${i.firstName} ${i.lastName} ${i.studentId} ${i.firstNameEn} ${i.lastNameEn}`, search),
    );
  }, [interns, status, institution, cohort, search]);
  // Newest cohorts first, a page at a time: ten years of interns are 500 rows.
  const page = useShowMore(shown, PAGE_SIZE, `${status}|${institution}|${cohort}|${search}`);
  // A cohort is everyone who started in the same month ("รุ่น มิ.ย. 2569").
  const cohorts = [...new Set((interns ?? []).map((i) => i.startDate.slice(0, 7)))].sort().reverse();
  const here = hereToday(interns ?? [], attendance ?? new Map(), today);
  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));

  return (
    <>
      <PageHeader
        title={t('nav.internships')}
        subtitle={t('modules.internships.subtitle')}
        actions={
          <>
            <Button variant="light" leftSection={<IconCertificate size={18} />} disabled={selected.length === 0} onClick={() => setCertificates((interns ?? []).filter((i) => selected.includes(i.id)))}>
              {t('internships.printCertificates', { count: selected.length })}
            </Button>
            <AddButton onClick={() => setEditing('new')} disabled={institutions?.length === 0}>{t('internships.addIntern')}</AddButton>
          </>
        }
      />
      <InternshipsTabs active="interns" />
      <SimpleGrid cols={{ base: 1, md: 3 }} mb="md">
        <StatCard label={t('internships.hereToday')} value={<>{formatNumber(here.present.length)} / {formatNumber(here.expected.length)}</>} valueTestId="interns-here-today">
          <Text size="xs" c="dimmed">
            {here.present.map((i) => i.firstName).join(', ')}
          </Text>
        </StatCard>
        <StatCard label={t('internships.activeNow')} value={formatNumber(interns?.filter((i) => i.status === 'active').length ?? 0)} />
        <StatCard label={t('internships.completedCount')} value={formatNumber(interns?.filter((i) => i.status === 'completed').length ?? 0)} />
      </SimpleGrid>
      {institutions?.length === 0 && (
        <EmptyState
          title={t('internships.noInstitutions')}
          description={t('internships.noInstitutionsHint')}
          action={
            <Anchor component={Link} to="/internships/institutions">
              {t('internships.addInstitution')}
            </Anchor>
          }
        />
      )}
      <Group mb="sm" align="flex-end">
        <TextInput label={t('tasks.filters.search')} leftSection={<IconSearch size={16} />} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={240} />
        <Select label={t('internships.fields.status')} placeholder={t('tasks.filters.all')} clearable data={INTERN_STATUSES.map((s) => ({ value: s, label: t(`internships.status.${s}`) }))} value={status} onChange={setStatus} w={180} />
        <Select
          label={t('internships.cohort')}
          placeholder={t('tasks.filters.all')}
          clearable
          data={cohorts.map((month) => ({ value: month, label: t('internships.cohortLabel', { month: formatThaiDateShort(`${month}-01`).replace(/^1 /, '') }) }))}
          value={cohort}
          onChange={setCohort}
          w={170}
        />
        <Select label={t('internships.fields.institution')} placeholder={t('tasks.filters.all')} clearable searchable data={(institutions ?? []).map((i) => ({ value: i.id, label: i.name }))} value={institution} onChange={setInstitution} w={280} />
      </Group>
      {interns && interns.length > 0 && (
        <Paper withBorder>
          <DataTable highlightOnHover testId="intern-list" headings={[{ w: 40 }, t('internships.intern'), t('internships.period'), t('internships.fields.status'), { label: t('internships.hours'), w: 320 }]}>
            {page.visible.map((intern) => {
              const summary = summarizeHours(attendance?.get(intern.id) ?? [], intern.requiredHours, intern, today);
              return (
                <Table.Tr key={intern.id} data-testid="intern-row">
                  <Table.Td>
                    <Checkbox aria-label={t('internships.select', { name: intern.firstName })} checked={selected.includes(intern.id)} onChange={(e) => toggle(intern.id, e.currentTarget.checked)} />
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/internships/i/${intern.id}`} fw={600}>
                      {intern.title}
                      {intern.firstName} {intern.lastName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {intern.studentId} · {institutionName.get(intern.institutionId) ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ThaiDateText value={intern.startDate} /> – <ThaiDateText value={intern.endDate} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={INTERN_STATUS_COLORS[intern.status]} variant="light">
                      {t(`internships.status.${intern.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap" data-testid="intern-hours" data-hours={summary.hours}>
                      <Progress value={summary.percent} w={90} color={summary.behind ? 'orange' : 'teal'} aria-hidden />
                      <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                        {formatWorkedTime(summary.minutes)} / {formatNumber(summary.requiredHours)} {t('internships.hoursUnit')}
                      </Text>
                      {summary.behind && intern.status === 'active' && (
                        <Badge color="orange" size="xs" style={{ flexShrink: 0 }}>
                          {t('internships.behind')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
          <ShowMoreButton hidden={page.hidden} onClick={page.showMore} />
        </Paper>
      )}
      <InternFormModal editing={editing} onClose={() => setEditing(null)} />
      <CertificateModal interns={certificates} onClose={() => setCertificates(null)} />
    </>
  );
}
