import { Group, Input } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ThaiDateInput } from './ThaiDateInput';
import { ThaiTimeInput } from './ThaiTimeInput';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const WHEN = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** Date and time as one wall-clock value ("2026-11-23T10:00", Bangkok), '' when both are empty; anything else is not a time and the schema says so. */
function combined(date: string | null, time: string): string {
  if (!date && !time) return '';
  if (date && DATE.test(date) && TIME.test(time)) return `${date}T${time}`;
  return `${date ?? ''} ${time}`.trim();
}

/**
 * A date and time (an embargo, a conference, "facts as of"): the app's พ.ศ. date box and its time
 * box side by side under one label, read as one wall-clock value in Bangkok time. Replaces the
 * browser's datetime box, which showed US ค.ศ. dates and lost a typed พ.ศ. date silently.
 */
export function ThaiDateTimeInput({ label, value, onChange, error, required, description }: { label: string; value: string; onChange: (value: string) => void; error?: ReactNode; required?: boolean; description?: ReactNode }) {
  const { t } = useTranslation();
  const split = (v: string) => WHEN.exec(v);
  const [date, setDate] = useState<string | null>(() => split(value)?.[1] ?? null);
  const [time, setTime] = useState(() => split(value)?.[2] ?? '');
  const [emitted, setEmitted] = useState(value);
  // A value from outside (a form reset, another record) replaces both boxes.
  if (value !== emitted) {
    setEmitted(value);
    setDate(split(value)?.[1] ?? null);
    setTime(split(value)?.[2] ?? '');
  }
  const emit = (nextDate: string | null, nextTime: string) => {
    const next = combined(nextDate, nextTime);
    setEmitted(next);
    onChange(next);
  };
  return (
    <Input.Wrapper label={label} required={required} description={description} error={error}>
      <Group gap="xs" align="flex-start" wrap="nowrap" mt={4}>
        <ThaiDateInput
          style={{ flex: 3 }}
          aria-label={t('dateTime.date', { field: label })}
          value={date}
          onChange={(next) => {
            setDate(next);
            emit(next, time);
          }}
        />
        <ThaiTimeInput
          style={{ flex: 2 }}
          aria-label={t('dateTime.time', { field: label })}
          value={time}
          onChange={(next) => {
            setTime(next);
            emit(date, next);
          }}
        />
      </Group>
    </Input.Wrapper>
  );
}
