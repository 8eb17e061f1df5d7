import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RELEASE_STATUSES } from '../../../src-main/shared/domain/press';
import type { AgencyRecord } from '../../data';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import type { ReleaseFilters } from './model/release-filters';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function ReleaseFilterBar({ filters, onChange, agencies, tags }: { filters: ReleaseFilters; onChange: (next: ReleaseFilters) => void; agencies: AgencyRecord[]; tags: string[] }) {
  const { t } = useTranslation();
  const set = (patch: Partial<ReleaseFilters>) => onChange({ ...filters, ...patch });
  return (
    <Group align="flex-start" gap="sm" mb="md" wrap="wrap">
      <TextInput
        style={{ flex: 2, minWidth: 240 }}
        leftSection={<IconSearch size={16} />}
        label={t('press.search')}
        placeholder={t('press.searchHint')}
        value={filters.query}
        onChange={(e) => set({ query: e.currentTarget.value })}
        data-testid="release-search"
      />
      <Select
        style={{ flex: 1, minWidth: 180 }}
        label={t('press.fields.agency')}
        data={agencies.map((a) => ({ value: a.id, label: a.name }))}
        value={filters.agencyId}
        onChange={(v) => set({ agencyId: v })}
        clearable
        searchable
      />
      <Select
        w={150}
        label={t('press.fields.status')}
        data={RELEASE_STATUSES.map((s) => ({ value: s, label: t(`press.status.${s}`) }))}
        value={filters.status}
        onChange={(v) => set({ status: v })}
        clearable
      />
      <Select w={150} label={t('press.fields.tag')} data={tags} value={filters.tag} onChange={(v) => set({ tag: v })} clearable searchable />
      <ThaiDateInput w={150} label={t('press.dateFrom')} value={filters.from || null} onChange={(v) => set({ from: v && ISO.test(v) ? v : '' })} />
      <ThaiDateInput w={150} label={t('press.dateTo')} value={filters.to || null} onChange={(v) => set({ to: v && ISO.test(v) ? v : '' })} />
    </Group>
  );
}
