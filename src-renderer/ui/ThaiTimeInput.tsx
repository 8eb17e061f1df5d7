import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatThaiClock, readThaiTime } from '../../src-main/shared/text/thai-date-input';
import { applyDigitStyle } from '../../src-main/shared/text/thai-digits';
import { useDisplayPrefs } from './display-prefs';

interface ThaiTimeInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** "HH:mm", '' when empty, or the raw text while it is not a time yet. */
  value: string;
  onChange: (value: string) => void;
}

const TIME = /^\d{2}:\d{2}$/;
const shownTime = (v: string) => (TIME.test(v) ? v.replace(':', '.') : v);

/**
 * The one time box of the app (issue 21): 24-hour Bangkok time as Thai documents write it
 * ("14.30", "14:30", "1430", "14.30 น.", Thai digits too), shown back as "14.30 น.". Anything
 * that is not a time reaches the form as typed, and its schema says so in Thai.
 */
export function ThaiTimeInput({ value, onChange, error, ...rest }: ThaiTimeInputProps) {
  const { t } = useTranslation();
  const { thaiDigits } = useDisplayPrefs();
  const [text, setText] = useState(shownTime(value));
  const [emitted, setEmitted] = useState(value);
  if (value !== emitted) {
    setEmitted(value);
    setText(shownTime(value));
  }
  const change = (typed: string) => {
    setText(typed);
    const next = readThaiTime(typed) ?? typed.trim();
    setEmitted(next);
    onChange(next);
  };
  return (
    <TextInput
      {...rest}
      value={text}
      placeholder={t('time.placeholder')}
      onChange={(event) => change(event.currentTarget.value)}
      description={TIME.test(value) ? applyDigitStyle(formatThaiClock(value), thaiDigits) : t('time.hint')}
      error={error}
      inputMode="numeric"
    />
  );
}
