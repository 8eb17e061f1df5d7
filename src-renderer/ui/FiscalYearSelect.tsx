import { Select } from '@mantine/core';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from './display-prefs';

/** How many fiscal years a report offers: this one and the five before it. */
const YEARS = 6;

/** The fiscal year a report covers, newest first, in the digits the user chose (Settings → display). */
export function FiscalYearSelect({ label, currentYear, value, onChange }: { label: string; currentYear: number; value: string; onChange: (year: string) => void }) {
  const { thaiDigits } = useDisplayPrefs();
  const years = Array.from({ length: YEARS }, (_, i) => String(currentYear - i));
  return <Select label={label} data={years.map((y) => ({ value: y, label: applyDigitStyle(y, thaiDigits) }))} value={value} onChange={(v) => v && onChange(v)} allowDeselect={false} w={140} />;
}
