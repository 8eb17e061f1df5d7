import { Badge, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskPriority, TaskStatus } from '../../../src-main/shared/domain/task';
import { useFormatNumber } from '../../ui/use-format-number';

export const STATUS_COLORS: Record<TaskStatus, string> = {
  pending: 'gray',
  'in-progress': 'blue',
  done: 'teal',
  cancelled: 'dark',
};

const PRIORITY_COLORS: Record<TaskPriority, string> = { low: 'gray', normal: 'indigo', high: 'orange', urgent: 'red' };

export function StatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="task-status">
      {t(`tasks.status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation();
  if (priority === 'normal') return null;
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant="outline" size="sm">
      {t(`tasks.priority.${priority}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" size="sm" data-testid="overdue-badge">
      {t('tasks.overdue')}
    </Badge>
  );
}

export function TaskProgress({ value }: { value: number }) {
  const formatNumber = useFormatNumber();
  return (
    <Group gap={6} wrap="nowrap" data-testid="task-progress" data-value={value}>
      <Progress value={value} w={70} size="sm" color={value === 100 ? 'teal' : 'blue'} aria-hidden />
      <Text size="xs" c="dimmed" w={36}>
        {formatNumber(value)}%
      </Text>
    </Group>
  );
}
