import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../../src-main/shared/domain/complaint-deadlines';
import { DeadlineBadge as LimitBadge } from '../../ui/DeadlineBadge';

/** "แจ้งผู้ร้อง: เกินกำหนด (ครบ 16 มี.ค. 2569)": one of a complaint's two limits. */
export function DeadlineBadge({ which, deadline }: { which: 'acknowledge' | 'result' | 'reply'; deadline: Deadline }) {
  const { t } = useTranslation();
  return <LimitBadge label={t(`complaints.deadline.${which}`)} deadline={deadline} testId={`deadline-${which}`} text={(state, values) => t(`complaints.deadline.${state}`, values)} />;
}
