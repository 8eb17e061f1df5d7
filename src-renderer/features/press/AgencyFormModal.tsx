import { Grid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGENCY_KINDS, agencySchema, type Agency } from '../../../src-main/shared/domain/agency';
import type { AgencyRecord } from '../../data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledSwitch } from '../../ui/ControlledSwitch';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form';
import { useAgencyCommands } from './data';

const EMPTY: Agency = { name: '', shortName: '', kind: 'provincial', address: '', phone: '', email: '', contactName: '', active: true };

/** ทำเนียบหน่วยงาน entry. */
export function AgencyFormModal({ editing, onClose }: { editing: AgencyRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordForm({ schema: agencySchema, target: editing, defaults: EMPTY, save: createOrUpdate(useAgencyCommands()), saved: t('press.agencySaved'), onClose, module: 'press' });
  const { register, control } = record.form;
  const err = record.error;
  return (
    <RecordFormModal record={record} title={t('press.agencyTitle')} size="lg" formLabel={t('press.agencyForm')} keepWhenDirty="click">
      <Grid>
        <Grid.Col span={8}>
          <TextInput label={t('press.fields.agencyName')} withAsterisk data-autofocus {...register('name')} error={err('name')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('press.fields.shortName')} {...register('shortName')} error={err('shortName')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledSelect control={control} name="kind" label={t('press.fields.agencyKind')} data={AGENCY_KINDS.map((k) => ({ value: k, label: t(`press.agencyKind.${k}`) }))} withAsterisk />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput label={t('press.fields.contactName')} {...register('contactName')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput label={t('press.fields.phone')} {...register('phone')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput label={t('press.fields.email')} {...register('email')} error={err('email')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea label={t('press.fields.address')} autosize minRows={2} {...register('address')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <ControlledSwitch control={control} name="active" label={t('press.fields.active')} />
        </Grid.Col>
      </Grid>
    </RecordFormModal>
  );
}
