import { Grid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGENCY_KINDS, agencySchema, type Agency } from '../../../src-main/shared/domain/agency';
import type { AgencyRecord } from '../../data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { GridTextarea, GridTextInput } from '../../ui/GridTextFields';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form';
import { DirectoryFormModal } from './DirectoryFormModal';
import { useAgencyCommands } from './data';

const EMPTY: Agency = { name: '', shortName: '', kind: 'provincial', address: '', phone: '', email: '', contactName: '', active: true };

/** ทำเนียบหน่วยงาน entry. */
export function AgencyFormModal({ editing, onClose }: { editing: AgencyRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordForm({ schema: agencySchema, target: editing, defaults: EMPTY, save: createOrUpdate(useAgencyCommands()), saved: t('press.agencySaved'), onClose, module: 'press' });
  return (
    <DirectoryFormModal record={record} title={t('press.agencyTitle')} size="lg" formLabel={t('press.agencyForm')}>
      <GridTextInput record={record} name="name" span={8} label={t('press.fields.agencyName')} withAsterisk data-autofocus />
      <GridTextInput record={record} name="shortName" span={4} label={t('press.fields.shortName')} />
      <Grid.Col span={6}>
        <ControlledSelect control={record.form.control} name="kind" label={t('press.fields.agencyKind')} data={AGENCY_KINDS.map((k) => ({ value: k, label: t(`press.agencyKind.${k}`) }))} withAsterisk />
      </Grid.Col>
      <GridTextInput record={record} name="contactName" span={6} label={t('press.fields.contactName')} />
      <GridTextInput record={record} name="phone" span={6} label={t('press.fields.phone')} />
      <GridTextInput record={record} name="email" span={6} label={t('press.fields.email')} />
      <GridTextarea record={record} name="address" span={12} label={t('press.fields.address')} autosize minRows={2} />
    </DirectoryFormModal>
  );
}
