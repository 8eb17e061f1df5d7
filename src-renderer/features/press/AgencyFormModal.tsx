import { Grid, Modal, Switch, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AGENCY_KINDS, agencySchema, type Agency } from '../../../src-main/shared/domain/agency';
import { agencyRepo, type AgencyRecord, withoutEnvelope } from '../../data';
import { useAppData } from '../../session/app-data';
import { ControlledSelect } from '../../ui/ControlledSelect';
import { FormModalFooter } from '../../ui/FormModalFooter';
import { saveErrorText } from '../../ui/field-error';
import { useSaveShortcut } from '../../ui/use-save-shortcut';
import { pressFieldError } from './press-field-error';

const EMPTY: Agency = { name: '', shortName: '', kind: 'provincial', address: '', phone: '', email: '', contactName: '', active: true };

function toForm(record: AgencyRecord): Agency {
  return withoutEnvelope(record);
}

/** ทำเนียบหน่วยงาน entry. */
export function AgencyFormModal({ editing, onClose }: { editing: AgencyRecord | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useAppData();
  const { register, control, handleSubmit, reset, formState } = useForm<Agency>({ resolver: zodResolver(agencySchema), defaultValues: EMPTY });
  useEffect(() => {
    if (editing) reset(editing === 'new' ? EMPTY : toForm(editing));
  }, [editing, reset]);
  const save = handleSubmit(async (values) => {
    try {
      if (editing === 'new') await agencyRepo(db).create(values);
      else if (editing) await agencyRepo(db).update(editing.id, values);
      notifications.show({ color: 'teal', message: t('press.agencySaved') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.saveFailed'), message: saveErrorText(t, error) });
    }
  });
  useSaveShortcut(() => void save(), editing !== null);
  const e = formState.errors;
  const err = (m: string | undefined) => pressFieldError(t, m);
  return (
    <Modal opened={editing !== null} onClose={onClose} title={t('press.agencyTitle')} size="lg" closeOnClickOutside={!formState.isDirty}>
      <form onSubmit={(ev) => void save(ev)} noValidate aria-label={t('press.agencyForm')}>
        <Grid>
          <Grid.Col span={8}>
            <TextInput label={t('press.fields.agencyName')} withAsterisk data-autofocus {...register('name')} error={err(e.name?.message)} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('press.fields.shortName')} {...register('shortName')} error={err(e.shortName?.message)} />
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
            <TextInput label={t('press.fields.email')} {...register('email')} error={err(e.email?.message)} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('press.fields.address')} autosize minRows={2} {...register('address')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Controller control={control} name="active" render={({ field }) => <Switch label={t('press.fields.active')} checked={field.value} onChange={(ev) => field.onChange(ev.currentTarget.checked)} />} />
          </Grid.Col>
        </Grid>
        <FormModalFooter onCancel={onClose} saving={formState.isSubmitting} />
      </form>
    </Modal>
  );
}
