import { Switch, type SwitchProps } from '@mantine/core';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';

/** An on/off setting (active, …) bound to a boolean form field. */
export function ControlledSwitch<T extends FieldValues>({ control, name, ...props }: { control: Control<T>; name: FieldPathByValue<T, boolean> } & Omit<SwitchProps, 'name' | 'checked' | 'onChange'>) {
  return <Controller control={control} name={name} render={({ field }) => <Switch {...props} checked={field.value} onChange={(event) => field.onChange(event.currentTarget.checked)} />} />;
}
