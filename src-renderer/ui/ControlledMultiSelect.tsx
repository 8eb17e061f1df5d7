import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';

/** Several choices from a list (outlets, contacts, people…) bound to a form field of ids. */
export function ControlledMultiSelect<T extends FieldValues>({ control, name, ...props }: { control: Control<T>; name: FieldPathByValue<T, string[]> } & Omit<MultiSelectProps, 'name' | 'value' | 'onChange'>) {
  return <Controller control={control} name={name} render={({ field }) => <MultiSelect {...props} value={field.value} onChange={field.onChange} />} />;
}
