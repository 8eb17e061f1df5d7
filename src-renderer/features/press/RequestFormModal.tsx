import { Checkbox, Grid, Group, Modal, Select, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import { pressRequestSchema, REQUEST_SERVICES, REQUEST_STATUSES, type PressRequest } from '../../../src-main/shared/domain/press';
import { pressRequestRepo, type PressRequestRecord, withoutEnvelope } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { saveErrorText } from '../../ui/field-error';
import { pressFieldError } from './press-field-error';
import { ThaiDateInput } from '../../ui/ThaiDateInput';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { useAgencies, useStaffNames } from './use-press-data';

function empty(): PressRequest {
  return { agencyId: '', contactName: '', contactPhone: '', title: '', eventDate: localIsoDate(new Date()), eventTime: '', place: '', services: ['news'], assignedStaffId: null, status: 'new', note: '' };
}

function toForm(record: PressRequestRecord): PressRequest {
  return withoutEnvelope(record);
}

/** คำขอรับบริการ: who asks, for what event, what they want covered, and who takes it. */
export function RequestFormModal({ editing, onClose }: { editing: PressRequestRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const agencies = useAgencies();
  const staffNames = useStaffNames();
  const { register, control, handleSubmit, reset, formState } = useForm<PressRequest>({ resolver: zodResolver(pressRequestSchema), defaultValues: empty(), mode: 'onSubmit', reValidateMode: 'onChange' });
  useEffect(() => {
    if (editing) reset(editing === 'new' ? empty() : toForm(editing));
  }, [editing, reset]);
  const save = handleSubmit(async (values) => {
    try {
      if (editing === 'new') await pressRequestRepo(db).create(values);
      else if (editing) await pressRequestRepo(db).update(editing.id, values);
      notifications.show({ color: 'teal', message: t('press.requestSaved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);
  const e = formState.errors;
  const err = (m: string | undefined) => pressFieldError(t, m);
  return (
    <Modal opened={editing !== null} onClose={onClose} title={editing === 'new' ? t('press.newRequest') : t('press.editRequest')} size="xl" closeOnClickOutside={!formState.isDirty} closeOnEscape={!formState.isDirty}>
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('press.requestForm')}>
        <Grid>
          <Grid.Col span={12}>
            <TextInput label={t('press.fields.eventTitle')} withAsterisk data-autofocus {...register('title')} error={err(e.title?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <Controller
              control={control}
              name="agencyId"
              render={({ field }) => (
                <Select label={t('press.fields.requestingAgency')} withAsterisk data={(agencies ?? []).map((a) => ({ value: a.id, label: a.name }))} value={field.value || null} onChange={(v) => field.onChange(v ?? '')} searchable error={err(e.agencyId?.message)} nothingFoundMessage={t('press.noAgencyFound')} />
              )}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput label={t('press.fields.contactName')} {...register('contactName')} error={err(e.contactName?.message)} />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput label={t('press.fields.contactPhone')} {...register('contactPhone')} />
          </Grid.Col>
          <Grid.Col span={4}>
            <Controller control={control} name="eventDate" render={({ field }) => <ThaiDateInput label={t('press.fields.eventDate')} withAsterisk value={field.value} onChange={(v) => field.onChange(v ?? '')} error={err(e.eventDate?.message)} />} />
          </Grid.Col>
          <Grid.Col span={2}>
            <TextInput type="time" label={t('press.fields.eventTime')} {...register('eventTime')} error={err(e.eventTime?.message)} />
          </Grid.Col>
          <Grid.Col span={6}>
            <TextInput label={t('press.fields.place')} {...register('place')} error={err(e.place?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Controller
              control={control}
              name="services"
              render={({ field }) => (
                <Checkbox.Group label={t('press.fields.services')} withAsterisk value={field.value} onChange={field.onChange} error={err(e.services?.message)}>
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
            <Controller
              control={control}
              name="assignedStaffId"
              render={({ field }) => (
                <Select label={t('press.fields.assignedStaff')} data={[...staffNames].map(([value, label]) => ({ value, label }))} value={field.value} onChange={field.onChange} clearable searchable />
              )}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <ControlledSelect control={control} name="status" label={t('press.fields.status')} data={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`press.requestStatus.${s}`) }))} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('press.fields.note')} autosize minRows={2} {...register('note')} error={err(e.note?.message)} />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
