import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Deadline, DeadlineState } from '../../../src-main/shared/domain/complaint-deadlines';
import { formatThaiDateShort } from '../../../src-main/shared/text/thai-date';
import { applyDigitStyle } from '../../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from '../../ui/display-prefs';

const COLORS: Record<DeadlineState, string> = {
  'on-track': 'blue',
  'due-soon': 'orange',
  overdue: 'red',
  met: 'teal',
  'met-late': 'grape',
  'not-applicable': 'gray',
};

/** "แจ้งผู้ร้อง: เกินกำหนด (ครบ 16 มี.ค. 2569)": one time limit and where it stands. */
export function DeadlineBadge({ which, deadline }: { which: 'acknowledge' | 'result'; deadline: Deadline }) {
  const { t } = useTranslation();
  const { thaiDigits } = useDisplayPrefs();
  const due = applyDigitStyle(formatThaiDateShort(deadline.dueDate), thaiDigits);
  const text = deadline.state === 'not-applicable' ? t(`complaints.deadline.${deadline.state}`) : t(`complaints.deadline.${deadline.state}`, { due, days: Math.abs(deadline.daysLeft) });
  return (
    <Badge color={COLORS[deadline.state]} variant={deadline.state === 'overdue' ? 'filled' : 'light'} data-testid={`deadline-${which}`} data-state={deadline.state} style={{ textTransform: 'none' }}>
      {t(`complaints.deadline.${which}`)}: {text}
    </Badge>
  );
}
