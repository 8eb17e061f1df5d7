import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatThaiDateLong,
  formatThaiDateNumeric,
  parseThaiDateInput,
} from '../../src-main/shared/text/thai-date';
import { applyDigitStyle, fromThaiDigits } from '../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from './display-prefs';

interface ThaiDateInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** ISO date (YYYY-MM-DD), null when empty, or the raw text while it is not a date yet. */
  value: string | null;
  onChange: (value: string | null) => void;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date typed the way Thai offices write it: วัน/เดือน/ปี พ.ศ. ("15/1/2568", Thai digits too).
 * Every keystroke reaches the form: a real date as ISO, anything else as the raw text, which
 * the form's schema rejects — so saving with Ctrl+S mid-typing never stores a silent blank.
 */
export function ThaiDateInput({ value, onChange, error, ...rest }: ThaiDateInputProps) {
  const { t } = useTranslation();
  const { thaiDigits } = useDisplayPrefs();
  const shown = (v: string | null) => (v && ISO.test(v) ? formatThaiDateNumeric(v) : (v ?? ''));
  const [text, setText] = useState(shown(value));
  const [emitted, setEmitted] = useState(value);
  // A value from outside (form reset, another record) replaces the typed text.
  if (value !== emitted) {
    setEmitted(value);
    setText(shown(value));
  }

  const change = (next: string) => {
    setText(next);
    const trimmed = fromThaiDigits(next.trim());
    const parsed = trimmed === '' ? null : (parseThaiDateInput(trimmed) ?? trimmed);
    setEmitted(parsed);
    onChange(parsed);
  };

  const valid = value !== null && ISO.test(value);
  return (
    <TextInput
      {...rest}
      value={text}
      placeholder={t('date.placeholder')}
      onChange={(event) => change(event.currentTarget.value)}
      description={valid ? applyDigitStyle(formatThaiDateLong(value), thaiDigits) : t('date.hint')}
      error={error}
    />
  );
}
