import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatThaiDateLong } from '../../src-main/shared/text/thai-date';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from './display-prefs';

/** The dates a report covers, under its period choice, in the digits the user chose. */
export function ReportPeriodLine({ textKey, period }: { textKey: string; period: { start: string; end: string } }) {
  const { t } = useTranslation();
  const { thaiDigits } = useDisplayPrefs();
  return (
    <Text c="dimmed" mb="sm" data-testid="report-period">
      {applyDigitStyle(t(textKey, { start: formatThaiDateLong(period.start), end: formatThaiDateLong(period.end) }), thaiDigits)}
    </Text>
  );
}
