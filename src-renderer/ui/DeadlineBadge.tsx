import { Badge } from '@mantine/core';
import type { Deadline, DeadlineState } from '../../src-main/shared/domain/complaint-deadlines';
import { formatThaiDateShort } from '../../src-main/shared/text/thai-date';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from './display-prefs';

const COLORS: Record<DeadlineState, string> = {
  'on-track': 'blue',
  'due-soon': 'orange',
  overdue: 'red',
  met: 'teal',
  'met-late': 'grape',
  'not-applicable': 'gray',
};

/** A badge wraps its Thai sentence in a narrow column rather than cutting it off with "…". */
export const WRAPPING_BADGE = { root: { textTransform: 'none', height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

/**
 * "แจ้งผู้ร้อง: เกินกำหนด 3 วัน (ครบ 16 มี.ค. 2569)": one time limit and where it stands. The
 * caller gives the limit's name and the sentence for its state (its module's wording).
 */
export function DeadlineBadge({ label, deadline, text, testId }: { label?: string; deadline: Deadline; text: (state: DeadlineState, values: { due: string; days: number }) => string; testId: string }) {
  const { thaiDigits } = useDisplayPrefs();
  const due = applyDigitStyle(formatThaiDateShort(deadline.dueDate), thaiDigits);
  return (
    <Badge color={COLORS[deadline.state]} variant={deadline.state === 'overdue' ? 'filled' : 'light'} data-testid={testId} data-state={deadline.state} styles={WRAPPING_BADGE}>
      {label ? `${label}: ` : ''}
      {text(deadline.state, { due, days: Math.abs(deadline.daysLeft) })}
    </Badge>
  );
}
