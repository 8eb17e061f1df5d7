import { Grid, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldPathByValue, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ControlledSwitch } from '../../ui/ControlledSwitch';
import { RecordFormModal } from '../../ui/RecordFormModal';
import type { RecordForm } from '../../ui/use-record-form';

/**
 * The dialog of a directory entry (an agency, a media outlet, a contact): its fields on one grid,
 * ending with whether the entry is still in use. A stray click outside keeps unsaved edits;
 * Escape still closes, as these dialogs always did.
 */
export function DirectoryFormModal<T extends FieldValues & { active: boolean }>({
  record,
  title,
  formLabel,
  size,
  below,
  children,
}: {
  record: RecordForm<T>;
  title: string;
  formLabel: string;
  size: ModalProps['size'];
  /** Shown under the form, outside it (a contact's erasure). */
  below?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // Every entry has `active`; TypeScript cannot see that through the generic form type.
  const active = 'active' as FieldPathByValue<T, boolean>;
  return (
    <RecordFormModal record={record} title={title} size={size} formLabel={formLabel} keepWhenDirty="click" below={below}>
      <Grid>
        {children}
        <Grid.Col span={12}>
          <ControlledSwitch control={record.form.control} name={active} label={t('press.fields.active')} />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
