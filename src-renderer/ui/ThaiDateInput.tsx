import { ActionIcon, Anchor, Loader, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatThaiDateLong, formatThaiDateNumeric } from '../../src-main/shared/text/thai-date';
import { readThaiDate, type ThaiDateReading } from '../../src-main/shared/text/thai-date-input';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from './display-prefs';

const ThaiCalendarPicker = lazy(() => import('./ThaiCalendarPicker'));

interface ThaiDateInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** ISO date (YYYY-MM-DD), null when empty, or the raw text while it is not a date yet. */
  value: string | null;
  onChange: (value: string | null) => void;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The one date box of the app (issue 21): a date typed the way Thai offices write it, in พ.ศ.
 * ("1/10/2568", "1 ต.ค. 68", "1 ตุลาคม 2568", "01102568", Thai digits too), or picked from a
 * calendar in พ.ศ. Every keystroke reaches the form: a real date as ISO, anything else as the
 * raw text, which the form's schema rejects, so saving mid-typing never stores a silent blank.
 * A ค.ศ. year (2025) is asked about, with the พ.ศ. date it would be one click away.
 */
export function ThaiDateInput({ value, onChange, error, onKeyDown, ...rest }: ThaiDateInputProps) {
  const { t } = useTranslation();
  const { thaiDigits } = useDisplayPrefs();
  const shown = (v: string | null) => (v && ISO.test(v) ? applyDigitStyle(formatThaiDateNumeric(v), thaiDigits) : (v ?? ''));
  const [text, setText] = useState(shown(value));
  const [emitted, setEmitted] = useState(value);
  const [reading, setReading] = useState<ThaiDateReading | null>(null);
  const [calendarOpen, setCalendarOpen] = useState(false);
  // A value from outside (form reset, another record) replaces the typed text.
  if (value !== emitted) {
    setEmitted(value);
    setText(shown(value));
    setReading(null);
  }

  const emit = (next: string | null) => {
    setEmitted(next);
    onChange(next);
  };
  const change = (typed: string) => {
    setText(typed);
    const read = readThaiDate(typed);
    setReading(read);
    emit(read.kind === 'empty' ? null : read.kind === 'date' ? read.iso : typed.trim());
  };
  const pick = (iso: string) => {
    setCalendarOpen(false);
    setText(shown(iso));
    setReading(null);
    emit(iso);
  };

  const valid = value !== null && ISO.test(value);
  const ce = reading?.kind === 'ce-year' ? reading : null;
  const shownError = ce ? (
    <>
      {t('date.ceYear', { year: ce.ceYear, be: ce.ceYear + 543 })}{' '}
      <Anchor component="button" type="button" size="sm" onClick={() => pick(ce.iso)}>
        {t('date.useBe', { date: applyDigitStyle(formatThaiDateLong(ce.iso), thaiDigits) })}
      </Anchor>
    </>
  ) : (
    error
  );
  return (
    <TextInput
      {...rest}
      value={text}
      placeholder={t('date.placeholder')}
      onChange={(event) => change(event.currentTarget.value)}
      // Alt+↓ opens the calendar from the keyboard (the button stays out of the Tab order, so
      // tabbing through a form goes field to field).
      onKeyDown={(event) => {
        if (event.altKey && event.key === 'ArrowDown') {
          event.preventDefault();
          setCalendarOpen(true);
          return;
        }
        // The form's own keys (Enter moves on in survey entry) still reach it.
        onKeyDown?.(event);
      }}
      description={valid ? applyDigitStyle(formatThaiDateLong(value), thaiDigits) : t('date.hint')}
      error={shownError}
      rightSectionPointerEvents="all"
      rightSection={
        <Popover opened={calendarOpen} onChange={setCalendarOpen} position="bottom-end" withinPortal trapFocus>
          <Popover.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('date.openCalendar')} title={t('date.openCalendar')} tabIndex={-1} onClick={() => setCalendarOpen((o) => !o)} disabled={rest.disabled}>
              <IconCalendar size={16} />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            {calendarOpen && (
              <Suspense fallback={<Loader size="sm" />}>
                <ThaiCalendarPicker value={valid ? value : null} onPick={pick} thaiDigits={thaiDigits} />
              </Suspense>
            )}
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}
