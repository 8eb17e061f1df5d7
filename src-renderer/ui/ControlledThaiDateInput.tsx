import type { ComponentProps } from 'react';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { ThaiDateInput } from './ThaiDateInput';

/**
 * A Thai date bound to a form field. An empty box is null, or '' where the field is a plain
 * string (`emptyAs=""`); a field holding '' shows as empty.
 */
export function ControlledThaiDateInput<T extends FieldValues>({
  control,
  name,
  emptyAs = null,
  ...props
}: { control: Control<T>; name: FieldPathByValue<T, string | null | undefined>; emptyAs?: '' | null } & Omit<ComponentProps<typeof ThaiDateInput>, 'value' | 'onChange'>) {
  return <Controller control={control} name={name} render={({ field }) => <ThaiDateInput {...props} value={field.value || null} onChange={(value) => field.onChange(value ?? emptyAs)} />} />;
}
