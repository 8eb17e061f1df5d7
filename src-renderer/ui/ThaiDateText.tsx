import {
  formatThaiDateLong,
  formatThaiDateNumeric,
  formatThaiDateShort,
  formatThaiTime,
} from '../../src-main/shared/text/thai-date';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from './display-prefs';

const FORMATS = { long: formatThaiDateLong, short: formatThaiDateShort, numeric: formatThaiDateNumeric };

/** A date in พ.ศ. ("15 มกราคม 2568"), optionally with the time ("14.30 น."). */
export function ThaiDateText({
  value,
  format = 'short',
  withTime = false,
}: {
  value: string | Date;
  format?: keyof typeof FORMATS;
  withTime?: boolean;
}) {
  const { thaiDigits } = useDisplayPrefs();
  const date = typeof value === 'string' && value.length > 10 ? new Date(value) : value;
  let text = FORMATS[format](date);
  if (withTime && date instanceof Date) text += ` ${formatThaiTime(date)}`;
  return <time dateTime={typeof value === 'string' ? value : value.toISOString()}>{applyDigitStyle(text, thaiDigits)}</time>;
}
