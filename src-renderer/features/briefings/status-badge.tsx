import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BriefingStatus } from '../../../src-main/shared/domain/briefing';

const COLORS: Record<BriefingStatus, string> = { draft: 'gray', review: 'yellow', approved: 'teal', used: 'blue' };

export function BriefingStatusBadge({ status }: { status: BriefingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="briefing-status">
      {t(`briefings.status.${status}`)}
    </Badge>
  );
}
