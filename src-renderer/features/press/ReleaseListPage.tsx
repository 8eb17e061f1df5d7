import { Alert, Button, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PressReleaseRecord } from '../../data';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFormatNumber } from '../../ui/use-format-number';
import { useAgencies } from '../agencies/data';
import { useReleases, useRenumberedOnArrival, useWarmReleaseIndex } from './data';
import { NO_FILTERS, PAGE_SIZE, type ReleaseFilters } from './model/release-filters';
import { PressTabs } from './PressTabs';
import { ReleaseFilterBar } from './ReleaseFilterBar';
import { ReleaseFormModal } from './ReleaseFormModal';
import { ReleaseList } from './ReleaseList';
import { AddButton } from '../../ui/AddButton';

/** A stable empty list while the first page loads (a fresh [] would re-render the memoized list). */
const NO_ROWS: PressReleaseRecord[] = [];

export function ReleaseListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatNumber = useFormatNumber();
  const [filters, setFilters] = useState<ReleaseFilters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  // Not deferred: the query is asynchronous anyway (the previous rows stay until it answers), and
  // deferring only added a render pass between the keystroke and the query starting.
  const page = useReleases(filters, limit);
  const releases = page?.rows;
  const agencies = useAgencies();
  const agencyById = useMemo(() => new Map((agencies ?? []).map((a) => [a.id, a])), [agencies]);
  const tags = useMemo(() => [...new Set((releases ?? []).flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b, 'th')), [releases]);
  const openRelease = useCallback((r: { id: string }) => void navigate(`/press/r/${r.id}`), [navigate]);
  const [creating, setCreating] = useState(false);
  // Build the in-memory search index while the user looks at the list, before the first word is typed.
  useWarmReleaseIndex();
  // Data from another workstation may have brought a duplicate number: settle it on arrival.
  const [renumbered, setRenumbered] = useRenumberedOnArrival();
  return (
    <>
      <PageHeader
        title={t('nav.press')}
        subtitle={t('modules.press.subtitle')}
        actions={<AddButton onClick={() => setCreating(true)}>{t('press.newRelease')}</AddButton>}
      />
      <PressTabs active="releases" />
      {renumbered.length > 0 && (
        <Alert color="orange" withCloseButton onClose={() => setRenumbered([])} mb="md" title={t('press.renumberedTitle')}>
          {renumbered.map((c) => (
            <Text key={c.id} size="sm">
              {t('press.renumberedLine', { from: `${c.from}/${c.beYear}`, to: `${c.to}/${c.beYear}` })}
            </Text>
          ))}
        </Alert>
      )}
      <ReleaseFilterBar
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setLimit(PAGE_SIZE);
        }}
        agencies={agencies ?? []}
        tags={tags}
      />
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
        <Button variant="subtle" mt="xs" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          {t('press.showMore', { n: formatNumber(PAGE_SIZE) })}
        </Button>
      )}
      <ReleaseFormModal
        opened={creating}
        editing={null}
        onClose={() => setCreating(false)}
        onSaved={(id) => void navigate(`/press/r/${id}`)}
      />
    </>
  );
}
