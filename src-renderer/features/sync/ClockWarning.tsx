import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatThaiDateLong, formatThaiTime } from '../../../src-main/shared/text/thai-date';
import type { ClockReport } from './data';

/** "นาฬิกาของเครื่องนี้…": the sync report's warning that a workstation clock looks wrong (issue 18). */
export function ClockWarning({ report }: { report: ClockReport }) {
  const { t } = useTranslation();
  if (!report) return null;
  let text: string;
  if (report.kind === 'ahead-of-here') {
    text = t('syncPage.clock.ahead-of-here', { names: report.deviceNames.join(', ') });
  } else {
    const at = new Date(report.lastWriteAt);
    text = t('syncPage.clock.was-ahead', { when: `${formatThaiDateLong(at)} ${formatThaiTime(at)}` });
  }
  return (
    <Text size="sm" c="orange.9" data-testid="sync-clock-warning">
      {text}
    </Text>
  );
}
