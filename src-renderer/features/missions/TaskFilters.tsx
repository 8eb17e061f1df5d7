import { Button, Checkbox, Group, Select, Switch, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WORK_GROUPS } from '../../../src-main/shared/domain/staff';
import { TASK_STATUSES } from '../../../src-main/shared/domain/task';
import type { Person } from './data';
import { MissionSelect } from './MissionSelect';
import { NO_TASK_FILTER, type TaskFilter } from './model/task-filter';

interface Props {
  filter: TaskFilter;
  mine: boolean;
  canFilterMine: boolean;
  people: Person[];
  onChange: (filter: TaskFilter, mine: boolean) => void;
}

export function TaskFilters({ filter, mine, canFilterMine, people, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<TaskFilter>) => onChange({ ...filter, ...patch }, mine);
  return (
    <Group gap="sm" align="flex-end" mb="sm" data-testid="task-filters">
      <TextInput
        label={t('tasks.filters.search')}
        placeholder={t('tasks.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={filter.search}
        onChange={(e) => set({ search: e.currentTarget.value })}
        w={220}
      />
      <MissionSelect
        includeArchived
        label={t('tasks.filters.mission')}
        placeholder={t('tasks.filters.all')}
        clearable
        value={filter.missionId}
        onChange={(v) => set({ missionId: v })}
        w={220}
        comboboxProps={{ width: 480 }}
      />
      <Select
        label={t('tasks.filters.group')}
        placeholder={t('tasks.filters.all')}
        clearable
        data={WORK_GROUPS.map((g) => ({ value: g, label: t(`workGroups.${g}`) }))}
        value={filter.workGroup}
        onChange={(v) => set({ workGroup: v })}
        w={200}
      />
      <Select
        label={t('tasks.filters.person')}
        placeholder={t('tasks.filters.all')}
        clearable
        searchable
        data={people.map((p) => ({ value: p.id, label: p.name }))}
        value={filter.assigneeId}
        onChange={(v) => set({ assigneeId: v })}
        w={180}
      />
      <Select
        label={t('tasks.filters.status')}
        placeholder={t('tasks.filters.all')}
        clearable
        data={TASK_STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))}
        value={filter.status}
        onChange={(v) => set({ status: v })}
        w={160}
      />
      <Checkbox label={t('tasks.filters.overdue')} checked={filter.overdueOnly} onChange={(e) => set({ overdueOnly: e.currentTarget.checked })} mb={8} />
      <Switch
        label={t('tasks.filters.mine')}
        checked={mine}
        disabled={!canFilterMine}
        onChange={(e) => onChange(filter, e.currentTarget.checked)}
        mb={8}
      />
      <Button variant="subtle" leftSection={<IconX size={14} />} onClick={() => onChange(NO_TASK_FILTER, false)}>
        {t('tasks.filters.clear')}
      </Button>
    </Group>
  );
}
