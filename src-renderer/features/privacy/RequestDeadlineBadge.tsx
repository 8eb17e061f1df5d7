import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../src-main/shared/domain/complaint-deadlines';
import { DeadlineBadge } from '../../ui/DeadlineBadge';

/** "ครบกำหนด 5 ม.ค. 2570 (อีก 30 วัน)", with "ตอบภายใน 30 วัน:" where no column heading says it (PDPA s.30). */
export function RequestDeadlineBadge({ deadline, withLabel = false }: { deadline: Deadline; withLabel?: boolean }) {
  const { t } = useTranslation();
  return <DeadlineBadge label={withLabel ? t('privacy.requests.deadline') : undefined} deadline={deadline} testId="request-deadline" text={(state, values) => t(`privacy.requests.deadlineStates.${state}`, values)} />;
}
