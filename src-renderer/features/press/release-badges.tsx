import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReleaseStatus } from '../../../src-main/shared/domain/press';

const COLORS: Record<ReleaseStatus, string> = { draft: 'gray', review: 'yellow', approved: 'blue', published: 'teal' };

export function ReleaseStatusBadge({ status }: { status: ReleaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="release-status">
      {t(`press.status.${status}`)}
    </Badge>
  );
}
