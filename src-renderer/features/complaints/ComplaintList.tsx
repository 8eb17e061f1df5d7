import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { complaintTypeOf } from '../../../src-main/shared/domain/complaint';
import { ThaiDateText } from '../../ui/ThaiDateText';
import { VirtualRowList } from '../../ui/VirtualRowList';
import { DeadlineBadge } from './DeadlineBadge';
import type { ComplaintRow } from './model/complaint-rows';
import { STATUS_COLORS } from './status-colors';

const ROW_HEIGHT = 72;

/** The complaint list, virtualized: years of complaints keep only the visible rows in the DOM. */
export function ComplaintList({ rows }: { rows: ComplaintRow[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <VirtualRowList
      items={rows}
      rowHeight={ROW_HEIGHT}
      heightOffset={360}
      testId="complaint-list"
      label={t('complaints.listLabel')}
      rowKey={(row) => row.complaint.id}
      rowLabel={(row) => `${row.numberText} ${row.complaint.subject}`}
      rowTestId="complaint-row"
      onOpen={(row) => void navigate(`/complaints/c/${row.complaint.id}`)}
    >
      {(row) => {
        const { complaint } = row;
        // Every limit that is past shows: the complainant's, the result's and the agency's reply.
        const overdue = (['acknowledge', 'result', 'reply'] as const).flatMap((which) => {
          const limit = row.deadlines[which];
          return limit?.state === 'overdue' ? [{ which, limit }] : [];
        });
        return (
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
                <ThaiDateText value={complaint.receivedDate} /> · {t(`complaints.channels.${complaint.channel}`)} · {t(`complaints.types.${complaintTypeOf(complaint)}`)} · {t(`complaints.categories.${complaint.category}`)} › {t(`complaints.subcategories.${complaint.subcategory}`)}
              </Text>
            </Stack>
            <Group gap={6} wrap="nowrap">
              {overdue.map(({ which, limit }) => (
                <DeadlineBadge key={which} which={which} deadline={limit} />
              ))}
              <Badge color={STATUS_COLORS[row.status]} variant="light" data-testid="row-status">
                {t(`complaints.steps.${row.status}`)}
              </Badge>
            </Group>
          </Group>
        );
      }}
    </VirtualRowList>
  );
}
