import { TagsInput, type TagsInputProps } from '@mantine/core';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';

/** Free words typed as tags (beats, tags…) bound to a form field. */
export function ControlledTagsInput<T extends FieldValues>({ control, name, ...props }: { control: Control<T>; name: FieldPathByValue<T, string[]> } & Omit<TagsInputProps, 'name' | 'value' | 'onChange'>) {
  return <Controller control={control} name={name} render={({ field }) => <TagsInput {...props} value={field.value} onChange={field.onChange} />} />;
}
