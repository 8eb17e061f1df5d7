import { Select } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

/**
 * A required choice from a fixed list (status, priority, work group…) bound to a form field:
 * it cannot be cleared, so the form never holds "no status".
 */
export function ControlledSelect<T extends FieldValues>({
  control,
  name,
  label,
  data,
  error,
  withAsterisk = false,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  data: { value: string; label: string }[];
  error?: string | undefined;
  withAsterisk?: boolean;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select label={label} withAsterisk={withAsterisk} data={data} value={field.value} onChange={(v) => field.onChange(v)} allowDeselect={false} error={error} />
      )}
    />
  );
}
