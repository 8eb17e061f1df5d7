import { Grid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mediaOutletSchema, OUTLET_KINDS, type MediaOutlet } from '../../../src-main/shared/domain/media';
import type { MediaOutletRecord } from '../../data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledSwitch } from '../../ui/ControlledSwitch';
import { ControlledTagsInput } from '../../ui/ControlledTagsInput';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form';
import { useOutletCommands } from './data';

const EMPTY: MediaOutlet = { name: '', kind: 'online', coverageArea: '', beats: [], phone: '', email: '', lineGroup: '', website: '', note: '', active: true };

/** สื่อ: a station, paper, site or page of the media network. */
export function OutletFormModal({ editing, onClose }: { editing: MediaOutletRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordForm({ schema: mediaOutletSchema, target: editing, defaults: EMPTY, save: createOrUpdate(useOutletCommands()), saved: t('press.outletSaved'), onClose, module: 'press' });
  const { register, control } = record.form;
  const err = record.error;
  return (
    <RecordFormModal record={record} title={t('press.outletTitle')} size="lg" formLabel={t('press.outletForm')} keepWhenDirty="click">
      <Grid>
        <Grid.Col span={8}>
          <TextInput label={t('press.fields.outletName')} withAsterisk data-autofocus {...register('name')} error={err('name')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <ControlledSelect control={control} name="kind" label={t('press.fields.outletKind')} data={OUTLET_KINDS.map((k) => ({ value: k, label: t(`press.outletKind.${k}`) }))} withAsterisk />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput label={t('press.fields.coverageArea')} {...register('coverageArea')} error={err('coverageArea')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledTagsInput control={control} name="beats" label={t('press.fields.beats')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('press.fields.phone')} {...register('phone')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('press.fields.email')} {...register('email')} error={err('email')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('press.fields.lineGroup')} {...register('lineGroup')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput label={t('press.fields.website')} {...register('website')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('press.fields.note')} autosize minRows={2} {...register('note')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <ControlledSwitch control={control} name="active" label={t('press.fields.active')} />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
