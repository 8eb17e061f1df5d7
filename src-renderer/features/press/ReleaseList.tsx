import { Group, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyRecord, PressReleaseRecord } from '../../data';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { VirtualRowList } from '../../ui/VirtualRowList';
import { ReleaseStatusBadge } from './release-badges';

const ROW_HEIGHT = 64;

/**
 * The release list, virtualized: 20,000 releases keep only the visible rows in the DOM. Memoized
 * so a keystroke in the search box re-renders only the box, not the rows (they change when the
 * results do).
 */
export const ReleaseList = memo(function ReleaseList({ releases, agencies, onOpen }: { releases: PressReleaseRecord[]; agencies: Map<string, AgencyRecord>; onOpen: (release: PressReleaseRecord) => void }) {
  const { t } = useTranslation();
  return (
    <VirtualRowList
      items={releases}
      rowHeight={ROW_HEIGHT}
      heightOffset={330}
      testId="release-list"
      label={t('press.listLabel')}
      rowKey={(release) => release.id}
      rowLabel={(release) => release.headline}
      rowTestId="release-row"
      onOpen={onOpen}
    >
      {(release) => {
        const agency = release.agencyId ? agencies.get(release.agencyId) : undefined;
        return (
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Text fw={600} truncate>
                {release.headline}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {release.numberLabel || t('press.noNumberYet')} · {agency?.name ?? t('press.noAgency')}
              </Text>
            </Stack>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              <ThaiDateText value={release.releaseDate} />
            </Text>
            <ReleaseStatusBadge status={release.status} />
          </Group>
        );
      }}
    </VirtualRowList>
  );
});
