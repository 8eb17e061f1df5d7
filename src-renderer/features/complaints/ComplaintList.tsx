import { Badge, Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { DeadlineBadge } from './DeadlineBadge';
import type { ComplaintRow } from './model/complaint-rows';
import { STATUS_COLORS } from './status-colors';

const ROW_HEIGHT = 72;

/** The complaint list, virtualized: years of complaints keep only the visible rows in the DOM. */
export function ComplaintList({ rows }: { rows: ComplaintRow[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const parentRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render, which the React compiler cannot memoize.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => parentRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  return (
    <Box ref={parentRef} style={{ height: 'calc(100vh - 360px)', minHeight: 300, overflow: 'auto' }} data-testid="complaint-list">
      <div role="list" aria-label={t('complaints.listLabel')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const { complaint } = row;
          const overdue = row.deadlines.acknowledge.state === 'overdue' ? row.deadlines.acknowledge : row.deadlines.result.state === 'overdue' ? row.deadlines.result : null;
          return (
            <UnstyledButton
              key={complaint.id}
              role="listitem"
              aria-label={`${row.numberText} ${complaint.subject}`}
              data-testid="complaint-row"
              onClick={() => void navigate(`/complaints/c/${complaint.id}`)}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${item.start}px)`, borderBottom: '1px solid var(--mantine-color-gray-2)', padding: '6px 12px' }}
            >
              <Group justify="space-between" wrap="nowrap" gap="md">
                <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Group gap={8} wrap="nowrap">
                    <Text fw={700} style={{ whiteSpace: 'nowrap' }}>
                      {row.numberText}
                    </Text>
                    <Text fw={600} truncate>
                      {complaint.subject}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed" truncate>
                    <ThaiDateText value={complaint.receivedDate} /> · {t(`complaints.channels.${complaint.channel}`)} · {t(`complaints.categories.${complaint.category}`)} › {t(`complaints.subcategories.${complaint.subcategory}`)}
                  </Text>
                </Stack>
                <Group gap={6} wrap="nowrap">
                  {overdue && <DeadlineBadge which={overdue === row.deadlines.acknowledge ? 'acknowledge' : 'result'} deadline={overdue} />}
                  <Badge color={STATUS_COLORS[row.status]} variant="light" data-testid="row-status">
                    {t(`complaints.steps.${row.status}`)}
                  </Badge>
                </Group>
              </Group>
            </UnstyledButton>
          );
        })}
      </div>
    </Box>
  );
}
