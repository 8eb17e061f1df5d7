import { Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyRecord, PressReleaseRecord } from '../../data';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { ReleaseStatusBadge } from './release-badges';

const ROW_HEIGHT = 64;

/**
 * The release list, virtualized: 20,000 releases keep only the visible rows in the DOM. Memoized
 * so a keystroke in the search box re-renders only the box, not the rows (they change when the
 * results do).
 */
export const ReleaseList = memo(function ReleaseList({ releases, agencies, onOpen }: { releases: PressReleaseRecord[]; agencies: Map<string, AgencyRecord>; onOpen: (release: PressReleaseRecord) => void }) {
  const { t } = useTranslation();
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: releases.length, getScrollElement: () => parentRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  return (
    <Box ref={parentRef} style={{ height: 'calc(100vh - 330px)', minHeight: 300, overflow: 'auto' }} data-testid="release-list">
      <div role="list" aria-label={t('press.listLabel')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const release = releases[item.index];
          if (!release) return null;
          const agency = release.agencyId ? agencies.get(release.agencyId) : undefined;
          return (
            <UnstyledButton
              key={release.id}
              role="listitem"
              aria-label={release.headline}
              data-testid="release-row"
              onClick={() => onOpen(release)}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
                borderBottom: '1px solid var(--mantine-color-gray-2)',
                padding: '6px 12px',
              }}
            >
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
            </UnstyledButton>
          );
        })}
      </div>
    </Box>
  );
});
