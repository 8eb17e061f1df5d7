import { Alert, Button, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AgencyRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { useAgencies } from '../agencies/data';
import { useReleaseList, useReleaseTags, useRenumberedOnArrival, useWarmReleaseIndex, type ReleaseRow } from './data';
import { NO_FILTERS, PAGE_SIZE } from './model/release-filters';
import { PressTabs } from './PressTabs';
import { ReleaseFilterBar } from './ReleaseFilterBar';
import { ReleaseFormModal } from './ReleaseFormModal';
import { ReleaseList } from './ReleaseList';
import { AddButton } from '../../ui/AddButton';

/** A stable empty list while the first page loads (a fresh [] would re-render the memoized list). */
const NO_ROWS: ReleaseRow[] = [];
const NO_AGENCIES: AgencyRecord[] = [];

/**
 * ข่าวประชาสัมพันธ์. Typing in the search box re-renders only what the answer changes: the header,
 * tabs, filter bar and form are memoized elements, so a keystroke and its answer each cost one
 * small render (the press bench measures keystroke to rows on screen).
 */
export function ReleaseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatNumber = useFormatNumber();
  // The query starts from the keystroke itself; the previous rows stay until it answers.
  const { filters, page, updateFilters, showMore } = useReleaseList();
  const releases = page?.rows;
  const agencies = useAgencies();
  const agencyById = useMemo(() => new Map((agencies ?? []).map((a) => [a.id, a])), [agencies]);
  const tags = useReleaseTags();
  const openRelease = useCallback((r: { id: string }) => void navigate(`/press/r/${r.id}`), [navigate]);
  const [creating, setCreating] = useState(false);
  // Build the in-memory search index while the user looks at the list, before the first word is
  // typed; only once the first rows show (building read every release ahead of them: 2.6 s at 20,000).
  useWarmReleaseIndex(page !== undefined);
  // Data from another workstation may have brought a duplicate number: settle it on arrival.
  const [renumbered, setRenumbered] = useRenumberedOnArrival();
  const header = useMemo(
    () => (
      <>
        <PageHeader title={t('nav.press')} subtitle={t('modules.press.subtitle')} actions={<AddButton onClick={() => setCreating(true)}>{t('press.newRelease')}</AddButton>} />
        <PressTabs active="releases" />
      </>
    ),
    [t],
  );
  const filterBar = useMemo(() => <ReleaseFilterBar filters={filters} onChange={updateFilters} agencies={agencies ?? NO_AGENCIES} tags={tags} />, [filters, updateFilters, agencies, tags]);
  const form = useMemo(
    () => <ReleaseFormModal opened={creating} editing={null} onClose={() => setCreating(false)} onSaved={(id) => void navigate(`/press/r/${id}`)} />,
    [creating, navigate],
  );
  return (
    <>
      {header}
      {renumbered.length > 0 && (
        <Alert color="orange" withCloseButton onClose={() => setRenumbered([])} mb="md" title={t('press.renumberedTitle')}>
          {renumbered.map((c) => (
            <Text key={c.id} size="sm">
              {t('press.renumberedLine', { from: `${c.from}/${c.beYear}`, to: `${c.to}/${c.beYear}` })}
            </Text>
          ))}
        </Alert>
      )}
      {filterBar}
      {releases && (
        <Text size="sm" c="dimmed" mb={4} data-testid="release-count">
          {page?.more ? t('press.countMore', { n: formatNumber(releases.length) }) : t('press.count', { n: formatNumber(releases.length) })}
        </Text>
      )}
      {releases?.length === 0 ? (
        <EmptyState title={filters === NO_FILTERS ? t('press.noReleases') : t('press.noMatches')} description={t('press.noReleasesHint')} />
      ) : (
        <ReleaseList releases={releases ?? NO_ROWS} agencies={agencyById} onOpen={openRelease} />
      )}
      {page?.more && (
        <Button variant="subtle" mt="xs" onClick={showMore}>
          {t('press.showMore', { n: formatNumber(PAGE_SIZE) })}
        </Button>
      )}
      {form}
    </>
  );
}
