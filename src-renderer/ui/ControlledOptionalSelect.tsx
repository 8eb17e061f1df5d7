import { Select, type SelectProps } from '@mantine/core';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';

/**
 * A choice that may be left empty (an agency, a staff member…) bound to a form field: null when
 * nothing is chosen, or '' where the field is a plain string (`emptyAs=""`). `onChosen` follows
 * a choice with what it implies for other fields. A required choice from a fixed list is
 * `ControlledSelect`.
 */
export function ControlledOptionalSelect<T extends FieldValues>({
  control,
  name,
  emptyAs = null,
  onChosen,
  ...props
}: { control: Control<T>; name: FieldPathByValue<T, string | null | undefined>; emptyAs?: '' | null; onChosen?: (value: string | null) => void } & Omit<SelectProps, 'name' | 'value' | 'onChange'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          {...props}
          value={field.value || null}
          onChange={(value) => {
            field.onChange(value ?? emptyAs);
            onChosen?.(value);
          }}
        />
      )}
    />
  );
}
