import { Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEDIA_SOURCE_KINDS, MEDIA_TONES } from '../../../src-main/shared/domain/media-monitoring';
import { formatThaiDateTimeShort } from '../../../src-main/shared/text/thai-date';
import { AddButton } from '../../ui/AddButton';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { PageLoading } from '../../ui/PageLoading';
import { VirtualRowList } from '../../ui/VirtualRowList';
import { useMediaItems } from './data';
import { useMonitoringLookups } from './data/use-lookups';
import { MediaItemFormModal, type ItemTarget } from './MediaItemFormModal';
import { monthPeriod } from './model/coverage-period';
import { blankItem } from './model/item-form';
import { recentMonths } from './model/month-choices';
import { bangkokWallClock } from '../../../src-main/shared/text/thai-date';
import { MonitoringTabs } from './MonitoringTabs';
import { QuickEntryBox } from './QuickEntryBox';
import { ToneBadge } from './ToneBadge';

/** ข่าวที่ติดตาม: a month of news, newest first, virtualised (a busy month has hundreds). */
export function MediaItemsPage() {
  const { t } = useTranslation();
  const now = bangkokWallClock(new Date());
  const months = useMemo(() => recentMonths(now.slice(0, 10), 36), [now]);
  const [month, setMonth] = useState(now.slice(0, 7));
  const [tone, setTone] = useState<string | null>(null);
  const [source, setSource] = useState<string | null>(null);
  const [issue, setIssue] = useState<string | null>(null);
  const [editing, setEditing] = useState<ItemTarget | null>(null);
  const period = monthPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  const items = useMediaItems(period.start, period.end);
  const lookups = useMonitoringLookups();
  const issueTitle = useMemo(() => new Map((lookups?.issueChoices ?? []).map((c) => [c.value, c.label])), [lookups]);
  const shown = (items ?? []).filter((i) => (!tone || i.tone === tone) && (!source || i.sourceKind === source) && (!issue || i.issueId === issue));
  const all = { value: '', label: t('monitoring.filters.all') };
  const pick = (set: (v: string | null) => void) => (v: string | null) => set(v || null);

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('monitoring.title')}
        subtitle={t('monitoring.subtitle')}
        actions={<AddButton onClick={() => setEditing({ draft: blankItem(bangkokWallClock(new Date())) })}>{t('monitoring.addItem')}</AddButton>}
      />
      <MonitoringTabs active="items" />
      <QuickEntryBox outlets={lookups?.outlets ?? []} onRead={(draft) => setEditing({ draft })} />
      <Group mb="sm" grow>
        <Select label={t('monitoring.filters.month')} data={months} value={month} onChange={(v) => v && setMonth(v)} allowDeselect={false} />
        <Select label={t('monitoring.filters.tone')} data={[all, ...MEDIA_TONES.map((k) => ({ value: k, label: t(`monitoring.tone.${k}`) }))]} value={tone ?? ''} onChange={pick(setTone)} />
        <Select label={t('monitoring.filters.source')} data={[all, ...MEDIA_SOURCE_KINDS.map((k) => ({ value: k, label: t(`monitoring.source.${k}`) }))]} value={source ?? ''} onChange={pick(setSource)} />
        <Select label={t('monitoring.filters.issue')} data={[all, ...(lookups?.issueChoices ?? [])]} value={issue ?? ''} onChange={pick(setIssue)} searchable />
      </Group>
      {items === undefined ? (
        <PageLoading />
      ) : shown.length === 0 ? (
        <EmptyState title={t('monitoring.empty')} />
      ) : (
        <VirtualRowList
          items={shown}
          rowHeight={64}
          heightOffset={420}
          testId="media-item-list"
          label={t('monitoring.list')}
          rowKey={(i) => i.id}
          rowLabel={(i) => i.headline}
          rowTestId="media-item-row"
          onOpen={(i) => setEditing(i)}
        >
          {(i) => (
            <Group justify="space-between" wrap="nowrap" px="sm" py={6}>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={500} truncate>
                  {i.headline}
                </Text>
                <Text size="sm" c="dimmed" truncate>
                  {[formatThaiDateTimeShort(i.publishedAt), t(`monitoring.source.${i.sourceKind}`), i.outletName, i.issueId ? issueTitle.get(i.issueId) : ''].filter(Boolean).join(' · ')}
                </Text>
              </Stack>
              <ToneBadge tone={i.tone} />
            </Group>
          )}
        </VirtualRowList>
      )}
      <MediaItemFormModal target={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
