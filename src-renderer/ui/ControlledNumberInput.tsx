import { NumberInput, type NumberInputProps } from '@mantine/core';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';

/** A number (hours, a score, a target amount…) bound to a form field; an emptied box counts as 0. */
export function ControlledNumberInput<T extends FieldValues>({ control, name, ...props }: { control: Control<T>; name: FieldPathByValue<T, number> } & Omit<NumberInputProps, 'name' | 'value' | 'onChange'>) {
  return <Controller control={control} name={name} render={({ field }) => <NumberInput {...props} value={field.value} onChange={(value) => field.onChange(Number(value) || 0)} />} />;
}
