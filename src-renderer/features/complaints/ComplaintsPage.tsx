import { useHotkeys } from '@mantine/hooks';
import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconSearch, IconSettings } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_STEP_KINDS, COMPLAINT_TYPES, type ComplaintCategory, type ComplaintChannel, type ComplaintStepKind, type ComplaintType } from '../../../src-main/shared/domain/complaint';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { ComplaintFormModal } from './ComplaintFormModal';
import { ComplaintList } from './ComplaintList';
import { ComplaintSettingsModal } from './ComplaintSettingsModal';
import { ComplaintsTabs } from './ComplaintsTabs';
import { RegisterExportButton } from './RegisterExportButton';
import { filterComplaintRows } from './model/complaint-rows';
import { halfYearOptions, parseHalfYear } from './model/period-options';
import { useComplaintRows, useComplaintSettings } from './data';
import { StatCard } from '../../ui/StatCard';
import { AddButton } from '../../ui/AddButton';

/** เรื่องร้องเรียน: every complaint, open ones and late ones at a glance, with filters and Thai search. */
export function ComplaintsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatNumber = useFormatNumber();
  const rows = useComplaintRows();
  const settings = useComplaintSettings();
  const [adding, setAdding] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [channel, setChannel] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const today = localIsoDate(new Date());
  // Ctrl+N: a new complaint (DESIGN.md §7); Ctrl+K reaches the search box through data-search-box.
  useHotkeys([['mod+N', () => setAdding(true), { preventDefault: true }]], []);

  const shown = useMemo(
    () =>
      filterComplaintRows(rows ?? [], {
        search,
        status: status as ComplaintStepKind | 'open' | null,
        channel: channel as ComplaintChannel | null,
        category: category as ComplaintCategory | null,
        type: type as ComplaintType | null,
        overdueOnly,
        period: period ? (parseHalfYear(period)?.range ?? null) : null,
      }),
    [rows, search, status, channel, category, type, overdueOnly, period],
  );
  const periods = halfYearOptions((rows ?? []).map((r) => r.complaint.receivedDate), today);
  const open = (rows ?? []).filter((r) => r.status !== 'closed');
  const overdue = open.filter((r) => r.deadlines.overdue);

  return (
    <>
      <PageHeader
        title={t('nav.complaints')}
        subtitle={t('complaints.subtitle')}
        actions={
          <>
            <RegisterExportButton rows={shown} />
            <Button variant="default" leftSection={<IconSettings size={18} />} onClick={() => setSettingsOpen(true)}>
              {t('complaints.settingsTitle')}
            </Button>
            <AddButton onClick={() => setAdding(true)}>{t('complaints.add')}</AddButton>
          </>
        }
      />
      <ComplaintsTabs active="list" />
      <SimpleGrid cols={{ base: 1, md: 3 }} mb="md">
        <StatCard label={t('complaints.openCount')} value={formatNumber(open.length)} valueTestId="complaints-open" />
        <StatCard label={t('complaints.overdueCount')} value={formatNumber(overdue.length)} valueColor={overdue.length > 0 ? 'red' : undefined} valueTestId="complaints-overdue" />
        <StatCard label={t('complaints.limits')}>
          <Text fw={600}>{settings ? t('complaints.limitsText', { acknowledge: formatNumber(settings.acknowledgeDays), result: formatNumber(settings.resultDays) }) : ''}</Text>
        </StatCard>
      </SimpleGrid>
      <Group mb="sm" align="flex-end">
        <TextInput data-search-box label={t('complaints.search')} placeholder={t('complaints.searchPlaceholder')} leftSection={<IconSearch size={16} />} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={260} />
        <Select
          label={t('complaints.fields.status')}
          placeholder={t('complaints.all')}
          clearable
          data={[{ value: 'open', label: t('complaints.openOnly') }, ...COMPLAINT_STEP_KINDS.map((s) => ({ value: s, label: t(`complaints.steps.${s}`) }))]}
          value={status}
          onChange={setStatus}
          w={170}
        />
        <Select label={t('complaints.fields.channel')} placeholder={t('complaints.all')} clearable data={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t(`complaints.channels.${c}`) }))} value={channel} onChange={setChannel} w={180} />
        <Select label={t('complaints.fields.complaintType')} placeholder={t('complaints.all')} clearable data={COMPLAINT_TYPES.map((c) => ({ value: c, label: t(`complaints.typesShort.${c}`) }))} value={type} onChange={setType} w={200} />
        <Select label={t('complaints.fields.category')} placeholder={t('complaints.all')} clearable data={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`complaints.categories.${c}`) }))} value={category} onChange={setCategory} w={180} />
        <Select
          label={t('complaints.period')}
          placeholder={t('complaints.all')}
          clearable
          data={periods.map((p) => ({ value: p.value, label: t(`complaints.half${p.half}`, { year: p.fiscalYear }) }))}
          value={period}
          onChange={setPeriod}
          w={220}
        />
        <Checkbox label={t('complaints.overdueOnly')} checked={overdueOnly} onChange={(e) => setOverdueOnly(e.currentTarget.checked)} mb={8} />
      </Group>
      {rows && rows.length === 0 ? (
        <EmptyState title={t('complaints.emptyTitle')} description={t('complaints.emptyHint')} />
      ) : rows && shown.length === 0 ? (
        <EmptyState title={t('complaints.noMatch')} />
      ) : (
        <Paper withBorder>
          <ComplaintList rows={shown} />
        </Paper>
      )}
      <ComplaintFormModal editing={adding ? 'new' : null} onClose={() => setAdding(false)} onCreated={(id) => void navigate(`/complaints/c/${id}`)} />
      {settings && <ComplaintSettingsModal settings={settings} opened={settingsOpen} onClose={() => setSettingsOpen(false)} />}
    </>
  );
}
