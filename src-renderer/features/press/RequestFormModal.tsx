import { Checkbox, Grid, Group } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { pressRequestSchema, REQUEST_SERVICES, REQUEST_STATUSES, type PressRequest } from '../../../src-main/shared/domain/press';
import type { PressRequestRecord } from '../../data';
import { ControlledOptionalSelect } from '../../ui/ControlledOptionalSelect';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { ControlledThaiDateInput } from '../../ui/ControlledThaiDateInput';
import { GridTextarea, GridTextInput } from '../../ui/GridTextFields';
import { RecordFormModal } from '../../ui/RecordFormModal';
import { createOrUpdate, useRecordForm } from '../../ui/use-record-form';
import { useAgencies } from '../agencies/data';
import { useStaffNames } from '../settings/data';
import { useRequestCommands } from './data';
import { ControlledThaiTimeInput } from '../../ui/ControlledThaiDateTimeInput';

function empty(): PressRequest {
  return { agencyId: '', contactName: '', contactPhone: '', title: '', eventDate: localIsoDate(new Date()), eventTime: '', place: '', services: ['news'], assignedStaffId: null, status: 'new', note: '' };
}

/** คำขอรับบริการ: who asks, for what event, what they want covered, and who takes it. */
export function RequestFormModal({ editing, onClose }: { editing: PressRequestRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const staffNames = useStaffNames();
  const record = useRecordForm({ schema: pressRequestSchema, target: editing, defaults: empty(), save: createOrUpdate(useRequestCommands()), saved: t('press.requestSaved'), onClose, module: 'press' });
  const { control } = record.form;
  const err = record.error;
  return (
    <RecordFormModal record={record} title={editing === 'new' ? t('press.newRequest') : t('press.editRequest')} size="xl" formLabel={t('press.requestForm')}>
      <Grid>
        <GridTextInput record={record} name="title" span={12} label={t('press.fields.eventTitle')} withAsterisk data-autofocus />
        <Grid.Col span={6}>
          <ControlledOptionalSelect
            control={control}
            name="agencyId"
            emptyAs=""
            label={t('press.fields.requestingAgency')}
            withAsterisk
            data={(agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
            searchable
            error={err('agencyId')}
            nothingFoundMessage={t('press.noAgencyFound')}
          />
        </Grid.Col>
        <GridTextInput record={record} name="contactName" span={3} label={t('press.fields.contactName')} />
        <GridTextInput record={record} name="contactPhone" span={3} label={t('press.fields.contactPhone')} />
        <Grid.Col span={4}>
          <ControlledThaiDateInput control={control} name="eventDate" emptyAs="" label={t('press.fields.eventDate')} withAsterisk error={err('eventDate')} />
        </Grid.Col>
        <Grid.Col span={2}>
          <ControlledThaiTimeInput control={control} name="eventTime" label={t('press.fields.eventTime')} error={err('eventTime')} />
        </Grid.Col>
        <GridTextInput record={record} name="place" span={6} label={t('press.fields.place')} />
        <Grid.Col span={12}>
          <Controller
            control={control}
            name="services"
            render={({ field }) => (
              <Checkbox.Group label={t('press.fields.services')} withAsterisk value={field.value} onChange={field.onChange} error={err('services')}>
                <Group mt={6}>
                  {REQUEST_SERVICES.map((s) => (
                    <Checkbox key={s} value={s} label={t(`press.service.${s}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledOptionalSelect control={control} name="assignedStaffId" label={t('press.fields.assignedStaff')} data={[...staffNames].map(([value, label]) => ({ value, label }))} clearable searchable />
        </Grid.Col>
        <Grid.Col span={6}>
          <ControlledSelect control={control} name="status" label={t('press.fields.status')} data={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`press.requestStatus.${s}`) }))} />
        </Grid.Col>
        <GridTextarea record={record} name="note" span={12} label={t('press.fields.note')} autosize minRows={2} />
      </Grid>
    </RecordFormModal>
  );
}
