import { Grid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { distributionListSchema, mediaContactDisplayName, type DistributionList } from '../../../src-main/shared/domain/media';
import type { DistributionListRecord } from '../../data';
import { ControlledMultiSelect } from '../../ui/ControlledMultiSelect';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form';
import { useContacts, useDistributionListCommands, useOutlets } from './data';

const EMPTY: DistributionList = { name: '', description: '', contactIds: [], outletIds: [] };

/** รายชื่อส่งข่าว: whole outlets (all their active contacts) and single contacts. */
export function ListFormModal({ editing, onClose }: { editing: DistributionListRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const outlets = useOutlets();
  const contacts = useContacts();
  const record = useRecordForm({
    schema: distributionListSchema,
    target: editing,
    defaults: EMPTY,
    values: (open) => (open === 'new' ? EMPTY : { name: open.name, description: open.description, contactIds: open.contactIds, outletIds: open.outletIds }),
    save: createOrUpdate(useDistributionListCommands()),
    saved: t('press.listSaved'),
    onClose,
    module: 'press',
  });
  const { register, control } = record.form;
  return (
    <RecordFormModal record={record} title={t('press.listTitle')} size="lg" formLabel={t('press.listForm')} keepWhenDirty="click">
      <Grid>
        <Grid.Col span={12}>
          <TextInput label={t('press.fields.listName')} withAsterisk data-autofocus placeholder={t('press.listNameHint')} {...register('name')} error={record.error('name')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('press.fields.description')} autosize minRows={1} {...register('description')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <ControlledMultiSelect control={control} name="outletIds" label={t('press.fields.listOutlets')} data={(outlets ?? []).map((o) => ({ value: o.id, label: o.name }))} searchable clearable />
        </Grid.Col>
        <Grid.Col span={12}>
          <ControlledMultiSelect control={control} name="contactIds" label={t('press.fields.listContacts')} data={(contacts ?? []).map((c) => ({ value: c.id, label: mediaContactDisplayName(c) }))} searchable clearable limit={100} />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
