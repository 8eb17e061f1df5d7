import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BreachNotice, BreachNoticeState } from '../../../src-main/shared/domain/data-breach';
import { formatThaiDateShort, formatThaiTime } from '../../../src-main/shared/text/thai-date';
import { applyDigitStyle } from '../../../src-main/shared/text/thai-digits';
import { WRAPPING_BADGE } from '../../ui/DeadlineBadge';
import { useDisplayPrefs } from '../../ui/display-prefs';

const COLORS: Record<BreachNoticeState, string> = { due: 'orange', overdue: 'red', notified: 'teal', 'notified-late': 'grape', 'not-required': 'gray' };

/** "แจ้ง สคส. ภายใน 4 ธ.ค. 2569 09.00 น. (อีก 23 ชั่วโมง)": the 72-hour notice (PDPA s.37(4)). */
export function BreachNoticeBadge({ notice }: { notice: BreachNotice }) {
  const { t } = useTranslation();
  const { thaiDigits } = useDisplayPrefs();
  const dueAt = new Date(notice.dueAt);
  const due = applyDigitStyle(`${formatThaiDateShort(dueAt)} ${formatThaiTime(dueAt)}`, thaiDigits);
  return (
    <Badge color={COLORS[notice.state]} variant={notice.state === 'overdue' ? 'filled' : 'light'} data-testid="breach-notice" data-state={notice.state} styles={WRAPPING_BADGE}>
      {t(`privacy.breaches.notice.${notice.state}`, { due, hours: Math.abs(notice.hoursLeft) })}
    </Badge>
  );
}
