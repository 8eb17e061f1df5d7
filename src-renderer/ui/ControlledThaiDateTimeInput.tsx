import type { ComponentProps } from 'react';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { ThaiDateTimeInput } from './ThaiDateTimeInput';
import { ThaiTimeInput } from './ThaiTimeInput';

/** A พ.ศ. date and a time bound to a form field holding "YYYY-MM-DDTHH:mm" ('' when empty). */
export function ControlledThaiDateTimeInput<T extends FieldValues>({ control, name, ...props }: { control: Control<T>; name: FieldPathByValue<T, string> } & Omit<ComponentProps<typeof ThaiDateTimeInput>, 'value' | 'onChange'>) {
  return <Controller control={control} name={name} render={({ field }) => <ThaiDateTimeInput {...props} value={field.value} onChange={field.onChange} />} />;
}

/** A time of day bound to a form field holding "HH:mm" ('' when empty). */
export function ControlledThaiTimeInput<T extends FieldValues>({ control, name, ...props }: { control: Control<T>; name: FieldPathByValue<T, string> } & Omit<ComponentProps<typeof ThaiTimeInput>, 'value' | 'onChange'>) {
  return <Controller control={control} name={name} render={({ field }) => <ThaiTimeInput {...props} value={field.value} onChange={field.onChange} />} />;
}
