import { Badge, Group, Paper, SegmentedControl, Select, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_GROUPS, type WorkGroup } from '../../../src-main/shared/domain/staff';
import { useAppData } from '../../session/app-data';
import { EmptyState } from '../../ui/EmptyState';
import { RecordHistory } from '../../ui/RecordHistory';
import { useFormatNumber } from '../../ui/use-format-number';
import type { StaffRecord } from '../../data';
import { useStaffIncludingArchived, useStaffWithPin } from './data';
import { filterStaff, type StaffSort, type StaffStatusFilter } from './staff-filter';
import { formatStaffValue } from './staff-labels';
import { StaffFormModal } from './StaffFormModal';
import { StaffList } from './StaffList';
import { SetSecretModal } from '../auth';
import { AddButton } from '../../ui/AddButton';

/** บุคลากร: the office's staff directory, which every module's "who" fields come from. */
const NO_PINS: ReadonlySet<string> = new Set();

export function StaffDirectory() {
  const { t } = useTranslation();
  const { device } = useAppData();
  const formatNumber = useFormatNumber();
  const all = useStaffIncludingArchived();
  const [search, setSearch] = useState('');
  const [workGroup, setWorkGroup] = useState<WorkGroup | null>(null);
  const [status, setStatus] = useState<StaffStatusFilter>('active');
  const [sort, setSort] = useState<StaffSort>('name');
  const [editing, setEditing] = useState<StaffRecord | 'new' | null>(null);
  const [historyFor, setHistoryFor] = useState<string | null>(null);
  const [pinFor, setPinFor] = useState<StaffRecord | null>(null);
  const pins = useStaffWithPin();
  // Not while a dialog is open: it would replace what is being typed.
  useHotkeys([['mod+N', () => setEditing((current) => current ?? 'new'), { preventDefault: true }]], []);

  const rows = useMemo(() => filterStaff(all ?? [], { search, workGroup, status, sort }), [all, search, workGroup, status, sort]);

  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="md" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label={t('staff.search')}
            placeholder={t('staff.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            data-search-box
            w={260}
          />
          <Select
            label={t('staff.fields.workGroup')}
            placeholder={t('staff.allGroups')}
            data={WORK_GROUPS.map((g) => ({ value: g, label: t(`workGroups.${g}`) }))}
            value={workGroup}
            onChange={(v) => setWorkGroup(v)}
            clearable
            w={280}
          />
          <Select
            label={t('staff.sortBy')}
            data={(['name', 'workGroup', 'updated'] as const).map((s) => ({ value: s, label: t(`staff.sort.${s}`) }))}
            value={sort}
            onChange={(v) => setSort((v) ?? 'name')}
            allowDeselect={false}
            w={180}
          />
          <SegmentedControl
            aria-label={t('staff.statusFilter')}
            value={status}
            onChange={(v) => setStatus(v)}
            data={(['active', 'all', 'archived'] as const).map((s) => ({ value: s, label: t(`staff.status.${s}`) }))}
          />
        </Group>
        <AddButton onClick={() => setEditing('new')}>{t('staff.add')}</AddButton>
      </Group>
      <Group mb="xs">
        <Badge variant="light" color="gray" data-testid="staff-count" tt="none">
          {t('staff.count', { n: formatNumber(rows.length), count: rows.length })}
        </Badge>
      </Group>
      {all && rows.length === 0 ? (
        <EmptyState
          title={all.length === 0 ? t('staff.emptyTitle') : t('staff.noMatchTitle')}
          description={all.length === 0 ? t('staff.emptyDescription') : t('staff.noMatchDescription')}
          action={
            all.length === 0 ? (
              <AddButton onClick={() => setEditing('new')}>{t('staff.add')}</AddButton>
            ) : undefined
          }
        />
      ) : (
        <StaffList rows={rows} onEdit={setEditing} onHistory={setHistoryFor} onSetPin={setPinFor} withPin={pins ?? NO_PINS} />
      )}
      <Text size="xs" c="dimmed" mt="sm">
        {t('staff.shortcutsHint')}
      </Text>
      <StaffFormModal editing={editing} onClose={() => setEditing(null)} />
      <SetSecretModal staff={pinFor} onClose={() => setPinFor(null)} />
      <RecordHistory
        opened={historyFor !== null}
        onClose={() => setHistoryFor(null)}
        table="staff"
        recordId={historyFor}
        thisDeviceId={device.deviceId}
        labelPrefix="staff.fields"
        formatValue={formatStaffValue(t)}
        fieldOrder={['title', 'firstName', 'lastName', 'position', 'workGroup', 'role', 'phone', 'email', 'startDate', 'active']}
      />
    </Paper>
  );
}
