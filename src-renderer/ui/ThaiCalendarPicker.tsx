import '@mantine/dates/styles.css';
import { DatePicker, DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/th';
import { BE_OFFSET, THAI_MONTHS_LONG, THAI_MONTHS_SHORT, formatThaiDateLong } from '../../src-main/shared/text/thai-date';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';

const yearOf = (date: string) => dayjs(date).year() + BE_OFFSET;
const monthOf = (date: string) => dayjs(date).month();

/**
 * The calendar behind a date box's calendar button: Thai month names and พ.ศ. years on every
 * level (the library would show ค.ศ.), Sunday first as Thai calendars print, arrows and Enter on
 * the keyboard. Loaded with the first click on such a button.
 */
export default function ThaiCalendarPicker({ value, onPick, thaiDigits }: { value: string | null; onPick: (iso: string) => void; thaiDigits: boolean }) {
  const digits = (text: string) => applyDigitStyle(text, thaiDigits);
  return (
    <DatesProvider settings={{ locale: 'th', firstDayOfWeek: 0 }}>
      <DatePicker
        value={value}
        defaultDate={value ?? undefined}
        onChange={(picked) => {
          if (picked) onPick(dayjs(picked).format('YYYY-MM-DD'));
        }}
        enableKeyboardNavigation
        monthLabelFormat={(date) => digits(`${THAI_MONTHS_LONG[monthOf(date)] ?? ''} ${yearOf(date)}`)}
        yearLabelFormat={(date) => digits(String(yearOf(date)))}
        decadeLabelFormat={(date) => digits(`${yearOf(date)} – ${yearOf(date) + 9}`)}
        yearsListFormat={(date) => digits(String(yearOf(date)))}
        monthsListFormat={(date) => THAI_MONTHS_SHORT[monthOf(date)] ?? ''}
        renderDay={(date) => digits(String(dayjs(date).date()))}
        getDayAriaLabel={(date) => formatThaiDateLong(dayjs(date).format('YYYY-MM-DD'))}
      />
    </DatesProvider>
  );
}
