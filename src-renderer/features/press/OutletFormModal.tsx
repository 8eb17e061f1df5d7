import { Grid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mediaOutletSchema, OUTLET_KINDS, type MediaOutlet } from '../../../src-main/shared/domain/media';
import type { MediaOutletRecord } from '../../data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledTagsInput } from '../../ui/ControlledTagsInput';
import { GridTextarea, GridTextInput } from '../../ui/GridTextFields';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form';
import { DirectoryFormModal } from './DirectoryFormModal';
import { useOutletCommands } from './data';

const EMPTY: MediaOutlet = { name: '', kind: 'online', coverageArea: '', beats: [], phone: '', email: '', lineGroup: '', website: '', note: '', active: true };

/** สื่อ: a station, paper, site or page of the media network. */
export function OutletFormModal({ editing, onClose }: { editing: MediaOutletRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordForm({ schema: mediaOutletSchema, target: editing, defaults: EMPTY, save: createOrUpdate(useOutletCommands()), saved: t('press.outletSaved'), onClose, module: 'press' });
  const { control } = record.form;
  return (
    <DirectoryFormModal record={record} title={t('press.outletTitle')} size="lg" formLabel={t('press.outletForm')}>
      <GridTextInput record={record} name="name" span={8} label={t('press.fields.outletName')} withAsterisk data-autofocus />
      <Grid.Col span={4}>
        <ControlledSelect control={control} name="kind" label={t('press.fields.outletKind')} data={OUTLET_KINDS.map((k) => ({ value: k, label: t(`press.outletKind.${k}`) }))} withAsterisk />
      </Grid.Col>
      <GridTextInput record={record} name="coverageArea" span={6} label={t('press.fields.coverageArea')} />
      <Grid.Col span={6}>
        <ControlledTagsInput control={control} name="beats" label={t('press.fields.beats')} />
      </Grid.Col>
      <GridTextInput record={record} name="phone" span={4} label={t('press.fields.phone')} />
      <GridTextInput record={record} name="email" span={4} label={t('press.fields.email')} />
      <GridTextInput record={record} name="lineGroup" span={4} label={t('press.fields.lineGroup')} />
      <GridTextInput record={record} name="website" span={12} label={t('press.fields.website')} />
      <GridTextarea record={record} name="note" span={12} label={t('press.fields.note')} autosize minRows={2} />
    </DirectoryFormModal>
  );
}
