import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RELEASE_STATUSES } from '../../../src-main/shared/domain/press';
import type { AgencyRecord } from '../../data';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import type { ReleaseFilters } from './model/release-filters';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

type Update = (patch: Partial<ReleaseFilters>) => void;

/**
 * The list's filters. A keystroke in the search box re-renders the box alone: the other
 * filters are a memoized part that sees only their own values (the press bench's typing case).
 */
export function ReleaseFilterBar({ filters, onChange, agencies, tags }: { filters: ReleaseFilters; onChange: Update; agencies: AgencyRecord[]; tags: string[] }) {
  const { t } = useTranslation();
  return (
    <Group align="flex-start" gap="sm" mb="md" wrap="wrap">
      <TextInput
        style={{ flex: 2, minWidth: 240 }}
        leftSection={<IconSearch size={16} />}
        label={t('press.search')}
        placeholder={t('press.searchHint')}
        value={filters.query}
        onChange={(e) => onChange({ query: e.currentTarget.value })}
        data-testid="release-search"
      />
      <OtherFilters agencyId={filters.agencyId} status={filters.status} tag={filters.tag} from={filters.from} to={filters.to} onChange={onChange} agencies={agencies} tags={tags} />
    </Group>
  );
}

const OtherFilters = memo(function OtherFilters({
  agencyId,
  status,
  tag,
  from,
  to,
  onChange,
  agencies,
  tags,
}: Omit<ReleaseFilters, 'query'> & { onChange: Update; agencies: AgencyRecord[]; tags: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        style={{ flex: 1, minWidth: 180 }}
        label={t('press.fields.agency')}
        data={agencies.map((a) => ({ value: a.id, label: a.name }))}
        value={agencyId}
        onChange={(v) => onChange({ agencyId: v })}
        clearable
        searchable
      />
      <Select
        w={150}
        label={t('press.fields.status')}
        data={RELEASE_STATUSES.map((s) => ({ value: s, label: t(`press.status.${s}`) }))}
        value={status}
        onChange={(v) => onChange({ status: v })}
        clearable
      />
      <Select w={150} label={t('press.fields.tag')} data={tags} value={tag} onChange={(v) => onChange({ tag: v })} clearable searchable />
      <DateFilter label={t('press.dateFrom')} iso={from} onIso={(v) => onChange({ from: v })} />
      <DateFilter label={t('press.dateTo')} iso={to} onIso={(v) => onChange({ to: v })} />
    </>
  );
});

/**
 * A date box that filters: what is typed stays in the box until it is a date, and only a whole
 * date (or none) reaches the filter. It passed the filter's '' back on every keystroke, so a date
 * typed key by key was wiped letter by letter and a ค.ศ. year vanished without a word.
 */
function DateFilter({ label, iso, onIso }: { label: string; iso: string; onIso: (iso: string) => void }) {
  const [typed, setTyped] = useState<string | null>(iso || null);
  // The filter's own value, as last seen: a change from outside (filters cleared) replaces the typing.
  const [seen, setSeen] = useState(iso);
  if (iso !== seen) {
    setSeen(iso);
    setTyped(iso || null);
  }
  const change = (value: string | null) => {
    setTyped(value);
    const whole = value && ISO.test(value) ? value : '';
    if (whole === iso) return;
    setSeen(whole);
    onIso(whole);
  };
  return <ThaiDateInput w={150} label={label} value={typed} onChange={change} />;
}
