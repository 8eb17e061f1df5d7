import { Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { FormModalFooter } from './FormModalFooter';
import type { RecordForm } from './use-record-form';

/**
 * The dialog around a `useRecordForm` form: its fields, then ยกเลิก · บันทึก. With unsaved edits a
 * stray click outside (and Escape, unless `keepWhenDirty` says otherwise) does not lose them.
 */
export function RecordFormModal<T extends FieldValues>({
  record,
  title,
  size,
  formLabel,
  keepWhenDirty = 'click-and-escape',
  browserChecks = false,
  below,
  children,
}: {
  record: RecordForm<T>;
  title: ReactNode;
  size: ModalProps['size'];
  /** The form's accessible name. */
  formLabel?: string;
  /** What does not close the dialog while it holds unsaved edits. */
  keepWhenDirty?: 'click-and-escape' | 'click' | 'nothing';
  /** Let the browser check `required` fields before the schema does (no `noValidate`). */
  browserChecks?: boolean;
  /** Shown under the form, outside it (for example the person's erasure). */
  below?: ReactNode;
  children: ReactNode;
}) {
  const guarded = keepWhenDirty !== 'nothing' && record.dirty;
  return (
    <Modal
      opened={record.opened}
      onClose={record.onClose}
      title={title}
      size={size}
      closeOnClickOutside={!guarded}
      closeOnEscape={!(guarded && keepWhenDirty === 'click-and-escape')}
    >
      <form
        onSubmit={(event) => {
          // Its own form: a dialog opened over another form must not submit that one too.
          event.stopPropagation();
          void record.submit(event);
        }}
        noValidate={!browserChecks}
        aria-label={formLabel}
      >
        {children}
        <FormModalFooter onCancel={record.onClose} saving={record.saving} />
      </form>
      {below}
    </Modal>
  );
}
