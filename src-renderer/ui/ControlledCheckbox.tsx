import { Checkbox, type CheckboxProps } from '@mantine/core';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';

/** A yes/no box (on behalf of someone, hostile question, checklist item done…) bound to a boolean form field. */
export function ControlledCheckbox<T extends FieldValues>({ control, name, ...props }: { control: Control<T>; name: FieldPathByValue<T, boolean> } & Omit<CheckboxProps, 'name' | 'checked' | 'onChange'>) {
  return <Controller control={control} name={name} render={({ field }) => <Checkbox {...props} checked={field.value} onChange={(event) => field.onChange(event.currentTarget.checked)} />} />;
}
