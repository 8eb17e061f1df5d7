import { Grid, TextInput, Textarea, type GridColProps, type TextareaProps, type TextInputProps } from '@mantine/core';
import type { FieldValues, Path } from 'react-hook-form';
import type { RecordForm } from './use-record-form';

interface GridFieldProps<T extends FieldValues> {
  record: RecordForm<T>;
  name: Path<T>;
  /** Its width in the form's 12-column grid. */
  span: GridColProps['span'];
}

/** A text field of a `useRecordForm` dialog in its own column of the form's Grid, with its Thai message when the save refuses it. */
export function GridTextInput<T extends FieldValues>({ record, name, span, ...props }: GridFieldProps<T> & Omit<TextInputProps, 'name' | 'error'>) {
  return (
    <Grid.Col span={span}>
      <TextInput {...props} {...record.form.register(name)} error={record.error(name)} />
    </Grid.Col>
  );
}

/** A free-text box (address, note…) of a `useRecordForm` dialog in its own column of the form's Grid. */
export function GridTextarea<T extends FieldValues>({ record, name, span, ...props }: GridFieldProps<T> & Omit<TextareaProps, 'name' | 'error'>) {
  return (
    <Grid.Col span={span}>
      <Textarea {...props} {...record.form.register(name)} error={record.error(name)} />
    </Grid.Col>
  );
}
