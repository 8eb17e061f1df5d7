import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatThaiDateLong,
  formatThaiDateNumeric,
  parseThaiDateInput,
} from '../../src-main/shared/text/thai-date';
import { fromThaiDigits } from '../../src-main/shared/text/thai-digits';

interface ThaiDateInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** ISO date (YYYY-MM-DD) or null. */
  value: string | null;
  onChange: (iso: string | null) => void;
}

/**
 * A date typed the way Thai offices write it: วัน/เดือน/ปี พ.ศ. ("15/1/2568", Thai digits too).
 * The long form appears under the box so a mistyped month is seen at once; what is stored is
 * an ISO date, never the typed text.
 */
export function ThaiDateInput({ value, onChange, error, ...rest }: ThaiDateInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? formatThaiDateNumeric(value) : '');
  const [invalid, setInvalid] = useState(false);

  // A new value from outside (form reset, another record) replaces the typed text.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setText(value ? formatThaiDateNumeric(value) : '');
    setInvalid(false);
  }

  const commit = () => {
    const trimmed = fromThaiDigits(text.trim());
    if (trimmed === '') {
      setInvalid(false);
      onChange(null);
      return;
    }
    const iso = parseThaiDateInput(trimmed);
    setInvalid(iso === null);
    if (iso) onChange(iso);
  };

  return (
    <TextInput
      {...rest}
      value={text}
      placeholder={t('date.placeholder')}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      description={value && !invalid ? formatThaiDateLong(value) : t('date.hint')}
      error={invalid ? t('validation.date') : error}
    />
  );
}
