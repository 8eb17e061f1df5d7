import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MediaIssueStatus } from '../../../src-main/shared/domain/media-monitoring';

const COLOR: Record<MediaIssueStatus, string> = { open: 'red', responding: 'orange', monitoring: 'blue', closed: 'gray' };

export function IssueStatusBadge({ status }: { status: MediaIssueStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light">
      {t(`monitoring.status.${status}`)}
    </Badge>
  );
}
